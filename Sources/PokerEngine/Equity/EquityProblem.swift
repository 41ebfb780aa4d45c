/// A validated equity question: 2–10 players' ranges, a board of 0–5 cards and dead cards.
/// Combinations that use a board or dead card are dropped from the ranges here.
public struct EquityProblem: Hashable, Sendable {
    public let ranges: [HandRange]
    public let board: [Card]
    public let dead: CardSet

    public static let maxPlayers = 10

    public init(ranges: [HandRange], board: [Card] = [], dead: [Card] = []) throws(EquityError) {
        guard (2...Self.maxPlayers).contains(ranges.count) else { throw .playerCount(ranges.count) }
        guard board.count <= 5 else { throw .boardTooLong(board.count) }
        var used = CardSet()
        let fixed = ranges.compactMap(\.onlyCombo).flatMap { [$0.high, $0.low] }
        for card in board + dead + fixed {
            if used.contains(card) { throw .duplicateCard(card) }
            used.insert(card)
        }
        let known = CardSet(board).union(CardSet(dead))
        var remaining: [HandRange] = []
        for (index, range) in ranges.enumerated() {
            let live = range.removing(known)
            if live.isEmpty { throw .impossibleRange(player: index + 1, range: range.description) }
            remaining.append(live)
        }
        self.ranges = remaining
        self.board = board
        self.dead = CardSet(dead)
        let needed = 2 * ranges.count + missingBoardCards
        guard liveDeck.count >= needed else { throw .notEnoughCards(needed: needed, available: liveDeck.count) }
        guard Deals.exists(remaining) else { throw .noCompatibleDeal }
    }

    public var playerCount: Int { ranges.count }

    /// Board cards still to come.
    public var missingBoardCards: Int { 5 - board.count }

    /// Cards not in the board or dead (hole cards not yet removed).
    var liveDeck: CardSet { CardSet.full.subtracting(CardSet(board)).subtracting(dead) }

    /// Boards per deal: C(live cards after the hole cards, missing board cards).
    public var boardsPerDeal: Int {
        Self.choose(liveDeck.count - 2 * playerCount, missingBoardCards)
    }

    static func choose(_ n: Int, _ k: Int) -> Int {
        guard k >= 0, k <= n else { return 0 }
        var result = 1
        for i in 0..<k { result = result * (n - i) / (i + 1) }
        return result
    }
}
