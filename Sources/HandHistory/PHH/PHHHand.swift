import PokerEngine

/// One No-Limit Hold'em hand in the Poker Hand History standard (PHH). Lists are in PHH
/// position order (p1 first: the small blind; heads-up p1 is the big blind).
public struct PHHHand: Hashable, Sendable {
    public var variant = "NT"
    public var anteTrimming = false
    public var antes: [Chips]
    public var blindsOrStraddles: [Chips]
    public var minBet: Chips
    public var startingStacks: [Chips]
    public var actions: [PHHAction]
    public var players: [String]?
    public var finishingStacks: [Chips]?
    /// Every amount above is in this unit (whole chips unless the file had fractions: see
    /// `PHHScaling`); the writer writes them back in the original unit.
    public var unit: ChipUnit = .whole
    /// Other fields kept as TOML literal text (e.g. `hand = 3`, `event = '...'`), written back in order.
    public var extraFields: [(key: String, toml: String)] = []

    public init(antes: [Chips], blindsOrStraddles: [Chips], minBet: Chips, startingStacks: [Chips],
                actions: [PHHAction], anteTrimming: Bool, players: [String]? = nil, finishingStacks: [Chips]? = nil) {
        self.antes = antes
        self.blindsOrStraddles = blindsOrStraddles
        self.minBet = minBet
        self.startingStacks = startingStacks
        self.actions = actions
        self.anteTrimming = anteTrimming
        self.players = players
        self.finishingStacks = finishingStacks
    }

    public var playerCount: Int { startingStacks.count }

    /// The engine configuration for this hand.
    public func handConfig(splitRule: PotSplitRule) -> HandConfig {
        HandConfig(startingStacks: startingStacks, antes: antes, blindsOrStraddles: blindsOrStraddles, minBet: minBet,
                   anteTrimming: anteTrimming, splitRule: splitRule)
    }

    public static func == (lhs: PHHHand, rhs: PHHHand) -> Bool {
        lhs.variant == rhs.variant && lhs.anteTrimming == rhs.anteTrimming && lhs.antes == rhs.antes
            && lhs.blindsOrStraddles == rhs.blindsOrStraddles && lhs.minBet == rhs.minBet
            && lhs.startingStacks == rhs.startingStacks && lhs.actions == rhs.actions && lhs.players == rhs.players
            && lhs.finishingStacks == rhs.finishingStacks && lhs.unit == rhs.unit
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(startingStacks)
        hasher.combine(actions)
    }
}
