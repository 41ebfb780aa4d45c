import PokerEngine

/// The deciding player's all-in equity against narrowed ranges: exact enumeration of the
/// remaining board heads-up (flop, turn, river), seeded Monte Carlo multiway.
public enum HeroEquity {
    /// Equity (0…1) of `hole` on `board` against one opponent holding `range` (combos weighted;
    /// those touching the hero's cards or the board are skipped). Nil when no combo is possible.
    public static func headsUp(hole: HoleCards, board: [Card], range: RangeBelief) -> Double? {
        let known = hole.cards.union(CardSet(board))
        let villains = range.weights.indices.filter { range.weights[$0] > 0 && HoleCards.all[$0].cards.isDisjoint(with: known) }
        guard !villains.isEmpty else { return nil }
        let deck = Card.all.filter { !known.contains($0) }
        let boardAccumulator = HandAccumulator(CardSet(board))
        let heroAccumulator = HandAccumulator(hole.cards)
        var won = 0.0, total = 0.0
        let missing = 5 - board.count
        var runout: [Card] = []
        func score(_ completed: HandAccumulator, used: CardSet) {
            let hero = (completed + heroAccumulator).value
            for v in villains {
                let cards = HoleCards.all[v].cards
                guard cards.isDisjoint(with: used) else { continue }
                let w = range.weights[v]
                let villain = (completed + HandAccumulator(cards)).value
                won += hero > villain ? w : (hero == villain ? w / 2 : 0)
                total += w
            }
        }
        func deal(from start: Int, accumulator: HandAccumulator, used: CardSet) {
            if runout.count == missing { score(accumulator, used: used); return }
            for k in start..<deck.count {
                let card = deck[k]
                runout.append(card)
                var next = used
                next.insert(card)
                deal(from: k + 1, accumulator: accumulator + HandAccumulator(card), used: next)
                runout.removeLast()
            }
        }
        deal(from: 0, accumulator: boardAccumulator, used: CardSet())
        return total > 0 ? won / total : nil
    }

    /// Equity against several opponents (Monte Carlo, `samples` deals, deterministic by `seed`).
    public static func multiway(hole: HoleCards, board: [Card], ranges: [RangeBelief], samples: Int,
                                seed: UInt64) -> Double? {
        let known = hole.cards.union(CardSet(board))
        let handRanges = ranges.map { $0.handRange.removing(known) }
        guard !handRanges.contains(where: \.isEmpty) else { return nil }
        guard let problem = try? EquityProblem(ranges: [HandRange(hole)] + handRanges, board: board),
              let result = try? Equity.monteCarlo(problem, options: .fixed(samples, seed: seed))
        else { return nil }
        return result.equity[0]
    }
}
