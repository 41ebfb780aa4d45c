/// How Monte Carlo equity samples.
///
/// Samples are drawn in batches of `batchSize`; batch `i` uses
/// `SeededGenerator.derived(seed: seed, index: i)`, so a seed always gives the same answer, and
/// batches may run in any order or in parallel. After each batch the run stops once every
/// player's standard error is at most `targetStandardError` (if set), and in any case at
/// `maxSamples`.
public struct MonteCarloOptions: Hashable, Sendable, Codable {
    public var maxSamples: Int
    /// Standard error to stop at, on the 0...1 equity scale (0.0005 = 0.05 percentage points).
    public var targetStandardError: Double?
    public var seed: UInt64

    public static let batchSize = 10_000

    public init(maxSamples: Int = 2_000_000, targetStandardError: Double? = 0.0005, seed: UInt64 = 0) {
        self.maxSamples = maxSamples
        self.targetStandardError = targetStandardError
        self.seed = seed
    }

    /// Exactly `samples` samples, no early stop.
    public static func fixed(_ samples: Int, seed: UInt64 = 0) -> MonteCarloOptions {
        MonteCarloOptions(maxSamples: samples, targetStandardError: nil, seed: seed)
    }
}
