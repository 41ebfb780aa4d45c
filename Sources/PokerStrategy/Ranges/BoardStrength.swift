import PokerEngine

/// How every combo stands on a board: the made-hand value (the evaluator's scale) and a rough
/// equity bonus for draws (flush draws, open-enders, gutshots, overcards; about 4% per out on the
/// flop, 2% on the turn). Scores rank combos within a range: 0 the weakest, 1 the strongest.
public struct BoardStrength: Sendable {
    public let board: [Card]
    /// Made-hand value per combo (0 for combos that touch the board).
    public let values: [Int]
    /// Extra equity from draws per combo (0 on the river).
    public let drawEquity: [Double]

    public init(board: [Card]) {
        self.board = board
        let boardSet = CardSet(board)
        let boardAccumulator = HandAccumulator(boardSet)
        var values = [Int](repeating: 0, count: HoleCards.all.count)
        var draws = [Double](repeating: 0, count: HoleCards.all.count)
        let perOut = board.count == 3 ? 0.04 : (board.count == 4 ? 0.021 : 0)
        for (i, hole) in HoleCards.all.enumerated() where hole.cards.isDisjoint(with: boardSet) {
            values[i] = (boardAccumulator + HandAccumulator(hole.cards)).value
            if perOut > 0 { draws[i] = min(0.45, Double(DrawOuts.count(hole: hole, board: board)) * perOut) }
        }
        self.values = values
        drawEquity = draws
    }

    /// The made-hand category of a combo.
    public func category(_ combo: Int) -> HandCategory { HandRank(value: max(1, values[combo])).category }

    /// Scores (0…1) of every combo: the weighted share of `reference` it beats by made hand, lifted
    /// by its draw equity. Combos outside the board's live set score 0.
    public func scores(relativeTo reference: [Double]) -> [Double] {
        let live = values.indices.filter { values[$0] > 0 && reference[$0] > 0 }
        let total = live.reduce(0.0) { $0 + reference[$1] }
        var scores = [Double](repeating: 0, count: values.count)
        guard total > 0 else { return scores }
        let sorted = live.sorted { values[$0] < values[$1] }
        var below = 0.0
        var start = 0
        while start < sorted.count {
            var end = start
            var tied = 0.0
            while end < sorted.count && values[sorted[end]] == values[sorted[start]] { tied += reference[sorted[end]]; end += 1 }
            let percentile = (below + tied / 2) / total
            for k in start..<end { scores[sorted[k]] = percentile }
            below += tied
            start = end
        }
        for i in values.indices where values[i] > 0 {
            scores[i] = min(1, scores[i] + (1 - scores[i]) * drawEquity[i] * 1.2)
        }
        return scores
    }
}

/// Outs of a hole-card pair to a better hand class: four to a flush (9), straight draws (4 per
/// missing rank that completes a straight using a hole card), overcards to the board (3 each,
/// counted only without a pair).
enum DrawOuts {
    static func count(hole: HoleCards, board: [Card]) -> Int {
        let cards = [hole.high, hole.low] + board
        var outs = 0
        // Flush draw: exactly four of a suit with at least one hole card in it.
        for suit in Suit.allCases {
            let n = cards.filter { $0.suit == suit }.count
            if n == 4 && (hole.high.suit == suit || hole.low.suit == suit) { outs += 9 }
        }
        // Straight draws: ranks that would complete a straight not already made, using a hole card.
        let ranks = Set(cards.map { Int($0.rank.rawValue) })
        if !hasStraight(ranks) {
            let holeRanks = [Int(hole.high.rank.rawValue), Int(hole.low.rank.rawValue)]
            var completing = 0
            for r in 0..<13 where !ranks.contains(r) {
                let with = ranks.union([r])
                guard hasStraight(with) else { continue }
                // The straight must need a hole card.
                if !holeRanks.allSatisfy({ !straightUses($0, ranks: with) }) || holeRanks.contains(r) { completing += 1 }
            }
            outs += min(2, completing) * 4
        }
        // Overcards to an unpaired holding.
        let boardTop = board.map { Int($0.rank.rawValue) }.max() ?? 0
        let paired = hole.isPair || board.contains { $0.rank == hole.high.rank || $0.rank == hole.low.rank }
        if !paired {
            outs += (Int(hole.high.rank.rawValue) > boardTop ? 3 : 0) + (Int(hole.low.rank.rawValue) > boardTop ? 3 : 0)
        }
        return outs
    }

    /// Ranks 0 (deuce) … 12 (ace); the ace also plays low.
    static func hasStraight(_ ranks: Set<Int>) -> Bool {
        (0...9).contains { low in straightRanks(from: low).allSatisfy { ranks.contains($0) } }
    }

    static func straightUses(_ rank: Int, ranks: Set<Int>) -> Bool {
        (0...9).contains { low in
            let five = straightRanks(from: low)
            return five.allSatisfy { ranks.contains($0) } && five.contains(rank)
        }
    }

    /// The five ranks of the straight whose lowest card is `low` (-1 … 8 shifted: 0 = wheel).
    static func straightRanks(from low: Int) -> [Int] {
        low == 0 ? [12, 0, 1, 2, 3] : Array((low - 1)...(low + 3))
    }
}
