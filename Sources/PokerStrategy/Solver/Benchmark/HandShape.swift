import PokerEngine

/// A rough reading of a hand on a board, enough to narrow ranges along a betting line in the
/// benchmark spots: made hands (a pair using a hole card or better), draws (four to a flush or
/// four ranks within a five-rank window, with a hole card, before the river), two overcards, air.
enum HandShape: Comparable {
    case air, overcards, draw, made

    init(_ hole: HoleCards, board: [Card]) {
        let boardRanks = Set(board.map(\.rank))
        let cards = board + [hole.high, hole.low]
        let category = HandEvaluator.evaluate(CardSet(cards)).category
        if hole.isPair || boardRanks.contains(hole.high.rank) || boardRanks.contains(hole.low.rank)
            || category >= .straight {
            self = .made
        } else if board.count < 5, Self.hasFlushDraw(hole, cards) || Self.hasStraightDraw(hole, cards) {
            self = .draw
        } else if let top = board.map(\.rank).max(), hole.low.rank > top {
            self = .overcards
        } else {
            self = .air
        }
    }

    private static func hasFlushDraw(_ hole: HoleCards, _ cards: [Card]) -> Bool {
        [hole.high.suit, hole.low.suit].contains { suit in cards.filter { $0.suit == suit }.count >= 4 }
    }

    private static func hasStraightDraw(_ hole: HoleCards, _ cards: [Card]) -> Bool {
        // Ranks as 1...14 with the ace also low.
        func values(_ card: Card) -> [Int] { card.rank == .ace ? [1, 14] : [Int(card.rank.rawValue) + 2] }
        let all = Set(cards.flatMap(values)), mine = Set([hole.high, hole.low].flatMap(values))
        return (1...10).contains { low in
            let window = Set(low...(low + 4))
            return all.intersection(window).count >= 4 && !mine.isDisjoint(with: window)
        }
    }
}
