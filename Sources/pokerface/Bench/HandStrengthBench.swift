import PokerEngine

/// Speed of the evaluator and of exact equity, for `pokerface bench`. Every figure is the best
/// of three runs on one core.
struct HandStrengthBench {
    static func run() -> [BenchFigure] {
        var figures: [BenchFigure] = []
        let hands = RandomHands(count: 2_000_000, seed: 0x5EED7)
        let random = Timing.best { Sink.consume(hands.evaluateAll(passes: 5)) }
        figures.append(BenchFigure(name: "random 7-card evaluations", value: Double(hands.count * 5) / random / 1e6,
                                   unit: "M/s", goal: "≥ 50 M/s (OMPEval 307 M/s)"))
        var sweepTotal = 0
        let sweep = Timing.best { sweepTotal = SevenCardSweep.run() }
        figures.append(BenchFigure(name: "sequential 7-card evaluations", value: Double(sweepTotal) / sweep / 1e6,
                                   unit: "M/s", goal: nil))
        figures.append(BenchFigure(name: "full 7-card sweep (133,784,560 hands)", value: sweep * 1000,
                                   unit: "ms", goal: "≤ 3000 ms"))
        figures.append(exactEquityFigure(name: "exact heads-up preflop equity, AsAh vs KdKc",
                                         hands: ["AsAh", "KdKc"], goal: "≤ 50 ms"))
        figures.append(exactEquityFigure(name: "exact 3-way preflop equity, AsAh vs KdKc vs QsQc",
                                         hands: ["AsAh", "KdKc", "QsQc"], goal: "≤ 150 ms"))
        return figures
    }

    private static func exactEquityFigure(name: String, hands: [String], goal: String) -> BenchFigure {
        let ranges = hands.compactMap(HoleCards.init).map(HandRange.init)
        guard let problem = try? EquityProblem(ranges: ranges) else {
            return BenchFigure(name: name, value: .nan, unit: "ms", goal: goal)
        }
        let seconds = Timing.best { Sink.consume(Equity.exact(problem).boards) }
        return BenchFigure(name: name, value: seconds * 1000, unit: "ms", goal: goal)
    }
}
