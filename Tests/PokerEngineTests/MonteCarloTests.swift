import Testing
import PokerEngine

@Suite struct MonteCarloTests {
    static func problem(_ hands: [String], board: String = "", dead: String = "") throws -> EquityProblem {
        try EquityProblem(ranges: hands.map { try HandRange(parsing: $0) },
                          board: Card.parseDistinct(board), dead: Card.parseDistinct(dead))
    }

    @Test(arguments: [
        (["AsAh", "KdKc"], ""),
        (["AsAh", "KdKc", "QsQc"], ""),
        (["QQ+,AKs", "JJ-99,AQs:0.5"], "Qh 7c 2d"),
        (["AhKh", "random"], "Th 9h 2c 3s"),
        (["QQ+", "AKs", "random"], "Ac Kd 5h 9s"),
        (["AsAh", "KdKc", "QsQc", "JhTh"], "2c 7d 9h"),
        (["AsAh", "KdKc", "QsQc", "JhTh", "random"], "2c 7d 9h 3s"),
    ])
    func agreesWithExactWithinThreeStandardErrors(hands: [String], board: String) throws {
        let problem = try Self.problem(hands, board: board)
        let exact = Equity.exact(problem)
        let sampled = try Equity.monteCarlo(problem, options: .fixed(200_000, seed: 11))
        let errors = try #require(sampled.standardError)
        #expect(!sampled.isExact && sampled.boards == 200_000)
        for i in 0..<hands.count {
            #expect(abs(sampled.equity[i] - exact.equity[i]) <= 3 * errors[i],
                    "\(hands[i]): \(sampled.equity[i]) vs \(exact.equity[i]) ± \(errors[i])")
            #expect(errors[i] > 0 && errors[i] < 0.002)
        }
        #expect(abs(sampled.equity.reduce(0, +) - 1) < 1e-9)
    }

    @Test func sameSeedSameAnswer() throws {
        let problem = try Self.problem(["AKs,QQ", "random", "random"])
        let first = try Equity.monteCarlo(problem, options: .fixed(30_000, seed: 42))
        let again = try Equity.monteCarlo(problem, options: .fixed(30_000, seed: 42))
        let other = try Equity.monteCarlo(problem, options: .fixed(30_000, seed: 43))
        #expect(first == again)
        #expect(first != other)
    }

    @Test func stopsAtTheTargetStandardError() throws {
        let problem = try Self.problem(["AsAh", "KdKc"])
        let result = try Equity.monteCarlo(problem, options: MonteCarloOptions(
            maxSamples: 5_000_000, targetStandardError: 0.002, seed: 5))
        let errors = try #require(result.standardError)
        #expect(errors.allSatisfy { $0 <= 0.002 })
        #expect(result.boards < 5_000_000)
        #expect(result.boards % MonteCarloOptions.batchSize == 0)
    }

    @Test func rejectsNonPositiveSampleCounts() throws {
        let problem = try Self.problem(["AsAh", "KdKc"])
        #expect(throws: EquityError.invalidSampleCount(0)) {
            try Equity.monteCarlo(problem, options: .fixed(0))
        }
    }

    @Test func automaticChoosesExactWhenCheap() throws {
        let cheap = try Equity.calculate(Self.problem(["AsAh", "KdKc"]))
        #expect(cheap.isExact && cheap.boards == 1_712_304)
        let costly = try Equity.calculate(Self.problem(["random", "random", "random"]),
                                          method: .automatic(.fixed(10_000)))
        #expect(!costly.isExact && costly.boards == 10_000)
    }
}

@Suite struct ConcurrentMonteCarloTests {
    @Test(arguments: [1, 2, 3, 8])
    func concurrentBatchesGiveTheSequentialAnswer(tasks: Int) async throws {
        let problem = try MonteCarloTests.problem(["AKs,QQ", "random"], board: "Qh 7c")
        let fixed = MonteCarloOptions.fixed(45_000, seed: 9)
        let sequential = try Equity.monteCarlo(problem, options: fixed)
        #expect(try await Equity.monteCarlo(problem, options: fixed, tasks: tasks) == sequential)
        let stopping = MonteCarloOptions(maxSamples: 400_000, targetStandardError: 0.004, seed: 9)
        #expect(try await Equity.monteCarlo(problem, options: stopping, tasks: tasks)
                == Equity.monteCarlo(problem, options: stopping))
    }
}
