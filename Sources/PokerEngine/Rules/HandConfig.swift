/// The forced bets and stacks of one hand, in PHH/PokerKit **position order**: index 0 is the
/// first player left of the button (the small blind), the last index is the button. Heads-up
/// the order is reversed exactly as in PokerKit and PHH: index 0 is the big blind and index 1
/// the button, who posts the small blind and acts first before the flop. `antes` and
/// `blindsOrStraddles` are written as in PHH (`[SB, BB, straddle…]`, heads-up too).
public struct HandConfig: Hashable, Sendable, Codable {
    public var startingStacks: [Chips]
    public var antes: [Chips]
    public var blindsOrStraddles: [Chips]
    public var minBet: Chips
    /// PHH `ante_trimming_status`. True for uniform antes (antes count like any contribution);
    /// false for big-blind / button antes, which become dead money in the main pot.
    public var anteTrimming: Bool
    public var splitRule: PotSplitRule
    /// Positions whose hole cards the record does not know (an imported hand history shows only
    /// the hero's and the shown hands). They are dealt stand-in cards that never appear in the
    /// event log or face up; at showdown such a hand is mucked (in an all-in it stays in face
    /// down). Nil for every hand the engine deals itself.
    public var hiddenHands: [Int]?

    public var playerCount: Int { startingStacks.count }

    /// True when `player`'s hole cards are unknown to the record (see `hiddenHands`).
    @inlinable public func isHidden(_ player: Int) -> Bool { hiddenHands?.contains(player) ?? false }

    public init(startingStacks: [Chips], antes: [Chips]? = nil, blindsOrStraddles: [Chips], minBet: Chips,
                anteTrimming: Bool = true, splitRule: PotSplitRule = .wsop) {
        self.startingStacks = startingStacks
        self.antes = antes ?? Array(repeating: .zero, count: startingStacks.count)
        self.blindsOrStraddles = blindsOrStraddles
        self.minBet = minBet
        self.anteTrimming = anteTrimming
        self.splitRule = splitRule
    }

    /// Convenience: blinds (and an optional ante for everyone, or a big-blind ante).
    public static func standard(stacks: [Chips], smallBlind: Chips, bigBlind: Chips, ante: Chips = .zero,
                                bigBlindAnte: Bool = false, splitRule: PotSplitRule = .wsop) -> HandConfig {
        let n = stacks.count
        var blinds = Array(repeating: Chips.zero, count: n)
        blinds[0] = smallBlind
        if n > 1 { blinds[1] = bigBlind }
        var antes = Array(repeating: Chips.zero, count: n)
        if bigBlindAnte { if n > 1 { antes[1] = ante } } else { antes = Array(repeating: ante, count: n) }
        return HandConfig(startingStacks: stacks, antes: antes, blindsOrStraddles: blinds, minBet: bigBlind,
                          anteTrimming: !bigBlindAnte || ante == .zero, splitRule: splitRule)
    }

    /// Players supported by one 52-card deck with burns: 2...10 as the product promises.
    public static let playerRange = 2...10

    /// Checks the configuration; every problem has its own case.
    public func validate() throws(HandConfigError) {
        let n = playerCount
        guard HandConfig.playerRange.contains(n) else { throw .playerCount(n) }
        guard antes.count == n else { throw .listLength(field: "antes", expected: n, got: antes.count) }
        guard blindsOrStraddles.count == n else {
            throw .listLength(field: "blinds_or_straddles", expected: n, got: blindsOrStraddles.count)
        }
        if let i = startingStacks.firstIndex(where: { $0 <= .zero }) { throw .nonPositiveStack(player: i) }
        if let i = antes.firstIndex(where: { $0 < .zero }) { throw .negativeForcedBet(field: "antes", player: i) }
        if let i = blindsOrStraddles.firstIndex(where: { $0 < .zero }) {
            throw .negativeForcedBet(field: "blinds_or_straddles", player: i)
        }
        guard antes.contains(where: { $0 > .zero }) || blindsOrStraddles.contains(where: { $0 > .zero }) else {
            throw .noForcedBets
        }
        guard minBet > .zero else { throw .nonPositiveMinBet }
        guard Chips.checkedTotal(startingStacks) != nil else { throw .tooManyChips(field: "starting_stacks") }
        for (field, amounts) in [("antes", antes), ("blinds_or_straddles", blindsOrStraddles), ("min_bet", [minBet])]
        where amounts.contains(where: { $0 > Chips.maximum }) {
            throw .tooManyChips(field: field)
        }
        if let p = hiddenHands?.first(where: { !(0..<n).contains($0) }) { throw .hiddenHandOutOfRange(player: p) }
    }

    /// The index whose listed ante/blind applies to `player` (heads-up lists are reversed).
    @inlinable func forcedBetIndex(_ player: Int) -> Int { playerCount == 2 ? 1 - player : player }
}

/// Why a hand configuration is unusable.
public enum HandConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    case playerCount(Int)
    case listLength(field: String, expected: Int, got: Int)
    case nonPositiveStack(player: Int)
    case negativeForcedBet(field: String, player: Int)
    case noForcedBets
    case nonPositiveMinBet
    case deckTooSmall(needed: Int, have: Int)
    case duplicateCardInDeck(Card)
    case hiddenHandOutOfRange(player: Int)
    case tooManyChips(field: String)

    public var description: String {
        switch self {
        case let .playerCount(n): "a hand needs 2 to 10 players, not \(n)"
        case let .listLength(field, expected, got): "\(field) has \(got) entries for \(expected) players"
        case let .nonPositiveStack(p): "player p\(p + 1) has no chips to start the hand"
        case let .negativeForcedBet(field, p): "\(field) for p\(p + 1) is negative"
        case .noForcedBets: "no antes, blinds or straddles: somebody must post something"
        case .nonPositiveMinBet: "the minimum bet must be positive"
        case let .deckTooSmall(needed, have): "the deck has \(have) cards but the hand may need \(needed)"
        case let .duplicateCardInDeck(card): "the deck holds \(card) twice"
        case let .hiddenHandOutOfRange(p): "hidden hand p\(p + 1) is not at the table"
        case let .tooManyChips(field):
            field == "starting_stacks"
                ? "the starting stacks add up to more than \(Chips.maximum.grouped) chips, the most a table may hold"
                : "\(field) holds an amount above \(Chips.maximum.grouped) chips, the largest a table allows"
        }
    }
}
