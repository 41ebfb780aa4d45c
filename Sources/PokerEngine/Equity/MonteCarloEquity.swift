/// Monte Carlo equity: random deals (combos drawn by weight, conflicting deals redrawn whole)
/// and random board completions, in deterministic seeded batches (see `MonteCarloOptions`).
struct MonteCarloEquity {
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
        var batch: UInt64 = 0
        while total.samples < options.maxSamples {
            let size = min(MonteCarloOptions.batchSize, options.maxSamples - total.samples)
            total.add(try self.batch(batch, size: size))
            batch += 1
            if let target = options.targetStandardError, total.standardError.allSatisfy({ $0 <= target }) { break }
        }
        return total.result
    }

    /// Batch number `index` of `size` samples, independent of every other batch.
    func batch(_ index: UInt64, size: Int) throws(EquityError) -> SampleTally {
        var generator = SeededGenerator.derived(seed: options.seed, index: index)
        return try sampler.sample(size, using: &generator)
    }
}
