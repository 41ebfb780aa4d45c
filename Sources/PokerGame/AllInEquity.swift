import PokerEngine

/// Each all-in player's chance of winning at the moment the money went in, for bad-beat
/// detection: the players who turned their cards up in the all-in showdown, with the board as
/// it was then. Exact when the remaining boards are few, otherwise a seeded Monte Carlo.
enum AllInEquity {
    static let exactLimit = 20_000
    static let samples = 4_000

    /// Equity by position index; empty when the hand had no all-in showdown before the river.
    static func compute(_ hand: Hand) -> [Int: Double] {
        guard hand.isAllInRunout else { return [:] }
        var board: [Card] = []
        var shown: [Int] = []
        for event in hand.events {
            switch event {
            case let .boardDealt(_, cards) where shown.isEmpty: board += cards
            case let .showed(p, _, _): shown.append(p)
            default: break
            }
        }
        guard shown.count >= 2, board.count < 5 else { return [:] }
        var dead = CardSet(board)
        for p in shown { for card in hand.holeCards[p] { dead.insert(card) } }
        let remaining = Card.all.filter { !dead.contains($0) }
        let missing = 5 - board.count
        var shares = [Double](repeating: 0, count: shown.count)
        var boards = 0
        func score(_ runout: [Card]) {
            var best = HandRank(value: Int.min)
            var winners: [Int] = []
            var full = CardSet(board)
            for card in runout { full.insert(card) }
            for (k, p) in shown.enumerated() {
                var cards = full
                for card in hand.holeCards[p] { cards.insert(card) }
                let rank = HandEvaluator.evaluate(cards)
                if rank > best { best = rank; winners = [k] } else if rank == best { winners.append(k) }
            }
            for k in winners { shares[k] += 1 / Double(winners.count) }
            boards += 1
        }
        if combinations(remaining.count, missing) <= exactLimit {
            forEachCombination(of: remaining, choose: missing) { score($0) }
        } else {
            var rng = SeededGenerator(seed: UInt64(truncatingIfNeeded: dead.bits))
            for _ in 0..<samples { score(Array(remaining.shuffled(using: &rng).prefix(missing))) }
        }
        var result: [Int: Double] = [:]
        for (k, p) in shown.enumerated() { result[p] = boards > 0 ? shares[k] / Double(boards) : 0 }
        return result
    }

    static func combinations(_ n: Int, _ k: Int) -> Int {
        guard k >= 0, k <= n else { return 0 }
        var result = 1
        for i in 0..<k { result = result * (n - i) / (i + 1) }
        return result
    }

    static func forEachCombination(of cards: [Card], choose k: Int, _ body: ([Card]) -> Void) {
        var chosen: [Card] = []
        func recurse(_ start: Int) {
            if chosen.count == k { body(chosen); return }
            guard start < cards.count else { return }
            for i in start..<cards.count where cards.count - i >= k - chosen.count {
                chosen.append(cards[i])
                recurse(i + 1)
                chosen.removeLast()
            }
        }
        recurse(0)
    }
}
