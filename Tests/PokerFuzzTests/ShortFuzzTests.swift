import Foundation
import PokerFuzz
import PokerTestSupport
import Testing

/// The short deterministic fuzz pass of `make test`: every harness, a fixed number of mutated
/// inputs from its seed corpus (`Fuzz/corpus/<harness>`), a fixed seed. A crash kills the test
/// run (that is the failure); the checks below prove the pass really ran and explored.
@Suite struct ShortFuzzTests {
    static let corpus = TestPaths.packageRoot.appendingPathComponent("Fuzz/corpus")
    static let runs = 1_500

    @Test(arguments: FuzzHarness.all.map(\.name))
    func harnessSurvivesMutatedInputs(name: String) throws {
        let harness = try #require(FuzzHarness.named(name))
        let seeds = FuzzRun.seeds(in: Self.corpus.appendingPathComponent(name))
        #expect(seeds.count >= 3, "a seed corpus of its own")
        var run = FuzzRun(harness: harness, seeds: seeds, seed: 2026)
        let summary = run.run(Self.runs)
        #expect(summary.inputs == Self.runs)
        #expect(summary.signatures >= 2, "the inputs reached more than one outcome")
        #expect(summary.corpus > summary.seedCorpus, "mutations found new outcomes")
    }

    @Test func theMutatorIsDeterministic() {
        var first = SplitMix64(seed: 9), second = SplitMix64(seed: 9)
        let input = Array("name = \"x\"\n[table]\nbig_blind = 20\n".utf8)
        for _ in 0..<200 {
            #expect(Mutator.mutate(input, other: input, using: &first) == Mutator.mutate(input, other: input, using: &second))
        }
    }

    /// The inputs that trapped before the fixes, run in-process through their harnesses now.
    @Test(arguments: [("phh", "[[["), ("experiment", "[[["), ("experiment", "a = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["),
                      ("numbers", "2 9223372036854775807 20 6"), ("numbers", "2 900000000000000 1000000000000000000 1"),
                      ("experiment", "name=\"g\"\ntournaments=1\nhands_per_tournament=1\n[table]\nstarting_stack=1000000000\nbig_blind=999999999\ngrowth=10\n[[seats]]\npersonality=\"a\"\n[[seats]]\npersonality=\"b\"")])
    func formerTrapsAreOrdinaryOutcomes(name: String, input: String) throws {
        let harness = try #require(FuzzHarness.named(name))
        #expect(!harness.run(Data(input.utf8)).isEmpty)
    }
}
