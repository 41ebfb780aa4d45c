/// How the solver deals the cards still to come.
///
/// - `horizon == .full`: every street is played out. Each turn or river deal enumerates every
///   remaining card, or a seeded sample of `turnCards` / `riverCards` cards (the same sample for
///   every line through the same board, sorted by card). With a sample, each dealt card stands for
///   the whole deck in proportion (an unbiased estimate of the chance node).
/// - `horizon == .thisStreetThenEquity`: only the root's street is played; when it closes, each
///   player gets its all-in equity share of the pot over the remaining cards. This approximates
///   a game where nobody bets again (it ignores the value of position, folding equity and
///   implied odds on later streets), so it flatters drawing hands that would face bets.
/// - All-in before the river is always an equity terminal: one card to come enumerates every
///   river; two cards to come (an all-in or equity terminal on the flop) use every runout when
///   `equityRunouts` is nil, otherwise a seeded sample of that many runouts.
///
/// Everything is deterministic given `seed`.
public struct ChanceOptions: Hashable, Sendable, Codable {
    public enum Horizon: String, Hashable, Sendable, Codable {
        case full
        case thisStreetThenEquity
    }

    public var horizon: Horizon
    public var turnCards: Int?
    public var riverCards: Int?
    public var equityRunouts: Int?
    public var seed: UInt64

    public init(horizon: Horizon = .full, turnCards: Int? = nil, riverCards: Int? = nil, equityRunouts: Int? = nil,
                seed: UInt64 = 0) {
        self.horizon = horizon
        self.turnCards = turnCards
        self.riverCards = riverCards
        self.equityRunouts = equityRunouts
        self.seed = seed
    }

    /// Every card, every street.
    public static let full = ChanceOptions()

    /// Every street, with `cards` sampled turn and river cards per deal.
    public static func sampled(cards: Int, seed: UInt64 = 0) -> ChanceOptions {
        ChanceOptions(turnCards: cards, riverCards: cards, seed: seed)
    }

    /// This street's betting, then all-in equity (exact, or `runouts` sampled two-card runouts
    /// on the flop).
    public static func thisStreetThenEquity(runouts: Int? = nil, seed: UInt64 = 0) -> ChanceOptions {
        ChanceOptions(horizon: .thisStreetThenEquity, equityRunouts: runouts, seed: seed)
    }

    func validate() throws(SubgameError) {
        for (name, value) in [("turn cards", turnCards), ("river cards", riverCards), ("equity runouts", equityRunouts)] {
            if let value, value < 1 { throw .invalidSetting("\(name) must be at least 1, not \(value)") }
        }
    }
}
