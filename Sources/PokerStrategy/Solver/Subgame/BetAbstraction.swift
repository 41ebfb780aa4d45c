/// Which bets the solver's game tree offers. The real game allows any whole-chip amount; the
/// tree keeps a few sizes per player and street (`BetSizing`) and maps everything else to them.
///
/// - `oop` / `ip`: sizes on the street of the root decision; `laterOOP` / `laterIP` on the
///   streets after it (smaller sets keep turn and flop trees small).
/// - `maxRaisesPerStreet`: after this many raises on a street (the opening bet not counted) only
///   fold, call and all-in remain.
/// - `allInThreshold`: a bet or raise that would leave less than this share of the player's
///   effective stack (what the opponent can still match) behind becomes all-in.
/// - `donkBets`: whether the out-of-position player may lead into the previous street's last
///   aggressor on a later street (never restricted on the root's street).
public struct BetAbstraction: Hashable, Sendable, Codable {
    public var oop: BetSizing
    public var ip: BetSizing
    public var laterOOP: BetSizing
    public var laterIP: BetSizing
    public var maxRaisesPerStreet: Int
    public var allInThreshold: Double
    public var donkBets: Bool

    /// The same sizes for both players; `later` (default: `sizing`) on the streets after the root's.
    public init(sizing: BetSizing = .standard, later: BetSizing? = nil, maxRaisesPerStreet: Int = 3,
                allInThreshold: Double = 1.0 / 3, donkBets: Bool = false) {
        self.init(oop: sizing, ip: sizing, laterOOP: later ?? sizing, laterIP: later ?? sizing,
                  maxRaisesPerStreet: maxRaisesPerStreet, allInThreshold: allInThreshold, donkBets: donkBets)
    }

    public init(oop: BetSizing, ip: BetSizing, laterOOP: BetSizing, laterIP: BetSizing, maxRaisesPerStreet: Int = 3,
                allInThreshold: Double = 1.0 / 3, donkBets: Bool = false) {
        self.oop = oop
        self.ip = ip
        self.laterOOP = laterOOP
        self.laterIP = laterIP
        self.maxRaisesPerStreet = maxRaisesPerStreet
        self.allInThreshold = allInThreshold
        self.donkBets = donkBets
    }

    /// The sizes of `player` (0 = out of position) on the root's street or a later one.
    public func sizing(player: Int, laterStreet: Bool) -> BetSizing {
        switch (player, laterStreet) {
        case (0, false): oop
        case (0, true): laterOOP
        case (_, false): ip
        case (_, true): laterIP
        }
    }

    func validate() throws(SubgameError) {
        for sizing in [oop, ip, laterOOP, laterIP] { try sizing.validate() }
        guard maxRaisesPerStreet >= 0 else { throw .invalidSetting("the raise cap cannot be negative") }
        guard (0..<1).contains(allInThreshold) else { throw .invalidSetting("the all-in threshold must be in [0, 1)") }
    }
}
