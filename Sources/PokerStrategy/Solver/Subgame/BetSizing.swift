/// One player's bet and raise sizes on one street.
///
/// - An opening bet is `fraction × pot` for each of `betFractions` (the pot includes every chip
///   in the middle).
/// - A raise is to `multiple × the bet faced` for each of `raiseMultiples`, and to `bet faced +
///   fraction × (pot after calling)` for each of `raisePotFractions`.
/// - `allIn` offers the whole stack at every bet or raise (sizes that reach or nearly reach the
///   stack become all-in anyway; see `BetAbstraction.allInThreshold`).
///
/// Amounts are rounded to whole chips and clamped into the legal range (a size below the minimum
/// raise becomes the minimum raise); duplicates are dropped.
public struct BetSizing: Hashable, Sendable, Codable {
    public var betFractions: [Double]
    public var raiseMultiples: [Double]
    public var raisePotFractions: [Double]
    public var allIn: Bool

    public init(bets betFractions: [Double] = [0.33, 0.75, 1], raiseMultiples: [Double] = [2.75],
                raisePotFractions: [Double] = [], allIn: Bool = true) {
        self.betFractions = betFractions
        self.raiseMultiples = raiseMultiples
        self.raisePotFractions = raisePotFractions
        self.allIn = allIn
    }

    /// 33%, 75% and pot-sized bets, raises to 2.75× the bet, all-in.
    public static let standard = BetSizing()
    /// Checks and calls only.
    public static let passive = BetSizing(bets: [], raiseMultiples: [], allIn: false)

    func validate() throws(SubgameError) {
        if let bad = betFractions.first(where: { !($0 > 0 && $0.isFinite) }) {
            throw .invalidSetting("bet size \(bad) × pot must be positive")
        }
        if let bad = raiseMultiples.first(where: { !($0 > 1 && $0.isFinite) }) {
            throw .invalidSetting("raise size \(bad) × the bet must be above 1")
        }
        if let bad = raisePotFractions.first(where: { !($0 > 0 && $0.isFinite) }) {
            throw .invalidSetting("raise size \(bad) × pot must be positive")
        }
    }
}
