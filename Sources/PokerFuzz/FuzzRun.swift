import Foundation

/// A deterministic mutation-fuzzing run of one harness: `runs` inputs, each a mutation of a
/// corpus input (the seeds first, unmutated); an input whose outcome signature is new joins the
/// corpus. `onInput` sees each input before it runs (the driver keeps it for a crash report).
public struct FuzzRun {
    public struct Summary: Sendable {
        public let harness: String
        public let inputs: Int
        public let seedCorpus: Int
        public let corpus: Int
        public let signatures: Int
        public let slowestSeconds: Double
    }

    public let harness: FuzzHarness
    public var corpus: [[UInt8]]
    var rng: SplitMix64

    public init(harness: FuzzHarness, seeds: [[UInt8]], seed: UInt64) {
        self.harness = harness
        corpus = seeds.isEmpty ? [[]] : seeds
        rng = SplitMix64(seed: seed)
    }

    /// Runs `runs` inputs; returns the counts. `onInput` is called before each input runs.
    public mutating func run(_ runs: Int, maximumCorpus: Int = 1024, onInput: ([UInt8]) -> Void = { _ in }) -> Summary {
        let seedCount = corpus.count
        var signatures: Set<String> = []
        var slowest: Double = 0
        for index in 0..<runs {
            let input: [UInt8]
            if index < seedCount {
                input = corpus[index]
            } else {
                let base = corpus[rng.below(corpus.count)]
                input = Mutator.mutate(base, other: corpus[rng.below(corpus.count)], using: &rng)
            }
            onInput(input)
            let started = DispatchTime.now().uptimeNanoseconds
            let signature = harness.run(Data(input))
            slowest = max(slowest, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
            if signatures.insert(signature).inserted, index >= seedCount, corpus.count < maximumCorpus {
                corpus.append(input)
            }
        }
        return Summary(harness: harness.name, inputs: runs, seedCorpus: seedCount, corpus: corpus.count,
                       signatures: signatures.count, slowestSeconds: slowest)
    }

    /// The seed inputs in `folder` (every regular file, sorted by name).
    public static func seeds(in folder: URL) -> [[UInt8]] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
        return names.compactMap { name in
            (try? Data(contentsOf: folder.appendingPathComponent(name))).map { Array($0) }
        }
    }
}
