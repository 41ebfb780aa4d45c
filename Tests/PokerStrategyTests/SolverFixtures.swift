import PokerEngine
@testable import PokerStrategy

/// Small spots and ranges shared by the solver tests.
enum SolverFixtures {
    static func cards(_ text: String) -> [Card] {
        (try? Card.parseList(text)) ?? []
    }

    static func range(_ text: String) -> HandRange {
        (try? HandRange(parsing: text)) ?? HandRange([])
    }

    /// Weights for every combo, random in [0, 1) (some zero), from a seed.
    static func randomWeights(seed: UInt64, density: Double = 0.3) -> [Double] {
        var rng = SeededGenerator(seed: seed)
        return HoleCards.all.map { _ in
            let x = Double(rng.next() >> 11) / Double(1 << 53)
            return x < density ? x / density : 0
        }
    }

    static func weights(_ range: HandRange) -> [Double] {
        var weights = [Double](repeating: 0, count: HoleCards.all.count)
        for combo in range.combos { weights[combo.cards.index] = combo.weight }
        return weights
    }

    /// A river decision at the start of the street: pot 100, 400 behind each, minimum bet 2.
    static func riverRoot(_ board: String = "Ks Qd 7h 4c 2s", pot: Int = 100, stack: Int = 400) -> SubgameRoot {
        SubgameRoot(board: cards(board), pot: Chips(pot), stacks: [Chips(stack), Chips(stack)], toAct: 0, minBet: 2)
    }
}
