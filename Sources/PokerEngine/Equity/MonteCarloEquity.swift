/// Monte Carlo equity: random deals (combos drawn by weight, conflicting deals redrawn whole)
/// and random board completions, in deterministic seeded batches (see `MonteCarloOptions`).
struct MonteCarloEquity: Sendable {
    let problem: EquityProblem
    let options: MonteCarloOptions
    private let sampler: DealSampler

    init(problem: EquityProblem, options: MonteCarloOptions) {
        self.problem = problem
        self.options = options
        sampler = DealSampler(problem: problem)
    }

    func run() throws(EquityError) -> EquityResult {
        guard options.maxSamples > 0 else { throw .invalidSampleCount(options.maxSamples) }
        var total = SampleTally(players: problem.playerCount)
        for index in 0..<batchCount {
            total.add(try batch(index))
            if isDone(total) { break }
        }
        return total.result
    }

    /// The same answer as `run()`, computing up to `tasks` batches at a time. Batches are merged
    /// in order and the stop rule is checked after each, so scheduling cannot change the result;
    /// batches computed past the stopping point are discarded.
    func runConcurrently(tasks: Int) async throws(EquityError) -> EquityResult {
        guard options.maxSamples > 0 else { throw .invalidSampleCount(options.maxSamples) }
        var total = SampleTally(players: problem.playerCount)
        var next = 0
        while next < batchCount {
            let round = min(max(tasks, 1), batchCount - next)
            let first = next
            let results = await withTaskGroup(of: (Int, Result<SampleTally, EquityError>).self) { group in
                for offset in 0..<round {
                    group.addTask { (offset, Result { () throws(EquityError) in try self.batch(first + offset) }) }
                }
                var ordered = [Result<SampleTally, EquityError>?](repeating: nil, count: round)
                for await (offset, result) in group { ordered[offset] = result }
                return ordered.compactMap { $0 }
            }
            for result in results {
                total.add(try result.get())
                if isDone(total) { return total.result }
            }
            next += round
        }
        return total.result
    }

    private var batchCount: Int {
        let (full, rest) = options.maxSamples.quotientAndRemainder(dividingBy: MonteCarloOptions.batchSize)
        return full + (rest > 0 ? 1 : 0)
    }

    private func isDone(_ total: SampleTally) -> Bool {
        guard let target = options.targetStandardError else { return false }
        return total.standardError.allSatisfy { $0 <= target }
    }

    /// Batch number `index`: `batchSize` samples (fewer for the last one), independent of every
    /// other batch.
    func batch(_ index: Int) throws(EquityError) -> SampleTally {
        let size = min(MonteCarloOptions.batchSize, options.maxSamples - index * MonteCarloOptions.batchSize)
        var generator = SeededGenerator.derived(seed: options.seed, index: UInt64(index))
        return try sampler.sample(size, using: &generator)
    }
}
