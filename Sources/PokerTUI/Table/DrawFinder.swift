import PokerEngine

/// The draws a player holds on the flop or turn, named as players name them: flush draw,
/// open-ended, double gutshot, gutshot, overcards. Only draws that use a hole card count (a
/// four-flush on the board is everyone's); a made straight or flush is no draw.
public enum DrawFinder {
    /// The draws of `hole` (two cards) on `board` (three or four cards), strongest first.
    public static func draws(hole: [Card], board: [Card]) -> [String] {
        guard hole.count == 2, (3...4).contains(board.count) else { return [] }
        let cards = hole + board
        let made = HandEvaluator.evaluate(cards).category
        var names: [String] = []
        if made < .flush, hasFlushDraw(hole: hole, board: board) { names.append("flush draw") }
        if made < .straight {
            switch straightOuts(hole: hole, board: board) {
            case let outs where outs >= 2: names.append(isRun(hole + board) ? "open-ended" : "double gutshot")
            case 1: names.append("gutshot")
            default: break
            }
        }
        if made == .highCard, let top = board.map(\.rank).max(), hole.allSatisfy({ $0.rank > top }) {
            names.append("overcards")
        }
        return names
    }

    /// Four of a suit with at least one of them in the hand.
    static func hasFlushDraw(hole: [Card], board: [Card]) -> Bool {
        Suit.allCases.contains { suit in
            hole.contains { $0.suit == suit } && (hole + board).filter { $0.suit == suit }.count == 4
        }
    }

    /// Ranks that would complete a straight using a hole card (an ace counts low too).
    static func straightOuts(hole: [Card], board: [Card]) -> Int {
        let held = Set((hole + board).map(\.rank))
        let holeRanks = Set(hole.map(\.rank))
        return Rank.allCases.filter { !held.contains($0) }.filter { out in
            windows.contains { window in
                window.contains(out) && window.allSatisfy { $0 == out || held.contains($0) }
                    && window.contains { holeRanks.contains($0) }
            }
        }.count
    }

    /// Four ranks in a row among the cards (the shape of an open-ended draw).
    static func isRun(_ cards: [Card]) -> Bool {
        let held = Set(cards.map(\.rank))
        return windows.contains { window in window.filter(held.contains).count == 4
            && (window.prefix(4).allSatisfy(held.contains) || window.suffix(4).allSatisfy(held.contains)) }
    }

    /// The ten five-rank straights, the wheel (A-2-3-4-5) first.
    static let windows: [[Rank]] = {
        let ranks = Rank.allCases
        var windows: [[Rank]] = [[.ace, .two, .three, .four, .five]]
        for start in 0...(ranks.count - 5) { windows.append(Array(ranks[start..<(start + 5)])) }
        return windows
    }()
}
