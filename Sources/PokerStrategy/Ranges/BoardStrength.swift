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
        for (i, hole) in HoleCards.all.enumerated() where hole.cards.isDisjoint(with: boardSet) {
            values[i] = (boardAccumulator + HandAccumulator(hole.cards)).value
            if board.count < 5 { draws[i] = Self.drawEquity(hole: hole, board: board) }
        }
        self.values = values
        drawEquity = draws
    }

    /// Draw equity of one hand: about 4% per out with two cards to come, 2.1% with one (0 on the river).
    public static func drawEquity(hole: HoleCards, board: [Card]) -> Double {
        let perOut = board.count == 3 ? 0.04 : (board.count == 4 ? 0.021 : 0)
        return perOut > 0 ? min(0.45, Double(DrawOuts.count(hole: hole, board: board)) * perOut) : 0
    }

    /// The made-hand category of a combo.
    public func category(_ combo: Int) -> HandCategory { HandRank(value: max(1, values[combo])).category }

    /// Scores (0…1) of every combo: the weighted share of `reference` it beats by made hand, lifted
    /// by its draw equity (unless `withDraws` is false). Combos outside the board's live set score 0.
    public func scores(relativeTo reference: [Double], withDraws: Bool = true) -> [Double] {
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
        for i in values.indices where withDraws && values[i] > 0 {
            scores[i] = min(1, scores[i] + (1 - scores[i]) * drawEquity[i] * 1.2)
        }
        return scores
    }
}

/// Outs of a hole-card pair to a better hand class: four to a flush (9), straight draws (4 per
/// missing rank that completes a straight using a hole card, at most two ranks), overcards to the
/// board (3 each, counted only without a pair). Ranks are bit masks (bit 0 = deuce … bit 12 = ace).
enum DrawOuts {
    /// The ten straights as rank masks, the wheel first.
    static let straights: [UInt16] = [0b1_0000_0000_1111] + (0...8).map { UInt16(0b11111) << UInt16($0) }

    static func count(hole: HoleCards, board: [Card]) -> Int {
        var outs = 0
        var suitCounts = [0, 0, 0, 0]
        var ranks: UInt16 = 0
        var boardRanks: UInt16 = 0
        for card in board {
            suitCounts[Int(card.suit.rawValue)] += 1
            ranks |= 1 << UInt16(card.rank.rawValue)
            boardRanks |= 1 << UInt16(card.rank.rawValue)
        }
        let holeMask: UInt16 = 1 << UInt16(hole.high.rank.rawValue) | 1 << UInt16(hole.low.rank.rawValue)
        suitCounts[Int(hole.high.suit.rawValue)] += 1
        suitCounts[Int(hole.low.suit.rawValue)] += 1
        ranks |= holeMask
        for suit in 0..<4 where suitCounts[suit] == 4
            && (Int(hole.high.suit.rawValue) == suit || Int(hole.low.suit.rawValue) == suit) {
            outs += 9
        }
        if !straights.contains(where: { $0 & ranks == $0 }) {
            var completing = 0
            for r in 0..<13 where ranks & (1 << UInt16(r)) == 0 {
                let with = ranks | (1 << UInt16(r))
                if straights.contains(where: { $0 & with == $0 && $0 & holeMask != 0 }) { completing += 1 }
            }
            outs += min(2, completing) * 4
        }
        let boardTop = 15 - boardRanks.leadingZeroBitCount
        let paired = hole.isPair || boardRanks & holeMask != 0
        if !paired {
            outs += (Int(hole.high.rank.rawValue) > boardTop ? 3 : 0) + (Int(hole.low.rank.rawValue) > boardTop ? 3 : 0)
        }
        return outs
    }
}
