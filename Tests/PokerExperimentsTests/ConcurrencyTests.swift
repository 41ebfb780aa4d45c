import Foundation
import LLMClient
import PokerExperiments
import PokerStore
import Testing

extension EndToEnd {
@Suite struct ConcurrencyTests {
    /// 64 heads-up LLM games at once against a provider that takes 300 ms per answer: the
    /// decision rate approaches 64 / 0.3 s, and every write goes through the one writer.
    @Test(.timeLimit(.minutes(2))) func sixtyFourGamesKeepSixtyFourCallsInFlight() async throws {
        let server = try await FakeProvider.start()
        defer { server.stop() }
        let url = try await server.scenario("exp64", delayMs: 300)
        let (store, dir) = try Fixtures.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = try Fixtures.spec("""
            name = "sixty-four"
            tournaments = 32
            hands_per_tournament = 3
            seed = 3
            concurrency = 64
            analyze = false
            mode = "casual"
            decision_timeout = 20
            [table]
            starting_stack = 2000
            big_blind = 20
            [[seats]]
            personality = "Sherlock Holmes"
            provider = "openai"
            model = "gpt-5.4-mini"
            base_url = "\(url)"
            [[seats]]
            personality = "Blackbeard"
            provider = "openai"
            model = "gpt-5.4-mini"
            base_url = "\(url)"
            """)
        #expect(spec.totalGames == 64)
        let runner = ExperimentRunner(store: store, library: Fixtures.library, llm: FakeProvider.setup)
        let id = try await runner.create(spec, file: "test.toml")
        let summary = try await runner.run(id)
        #expect(summary.outcome == .completed)
        #expect(summary.gamesComplete == 64)
        let rate = Double(summary.decisionsThisRun) / summary.seconds
        let ideal = 64 / 0.3
        print("64 games: \(summary.decisionsThisRun) decisions in \(String(format: "%.2f", summary.seconds)) s = "
              + String(format: "%.1f decisions/s (%.0f%% of %.0f)", rate, 100 * rate / ideal, ideal))
        // Calls in flight, from the usage records: at most 64 (one per game), and close to 64 throughout.
        let calls = try await store.experimentUsage(.experiment(id))
        var edges: [(Date, Int)] = []
        for call in calls {
            edges.append((call.endedAt.addingTimeInterval(-Double(call.latencyMs) / 1000), 1))
            edges.append((call.endedAt, -1))
        }
        var inFlight = 0, peak = 0
        for edge in edges.sorted(by: { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }) {
            inFlight += edge.1
            peak = max(peak, inFlight)
        }
        let average = Double(calls.reduce(0) { $0 + $1.latencyMs }) / 1000 / summary.seconds
        print(String(format: "64 games: peak %d calls in flight, %.1f on average", peak, average))
        #expect(peak >= 60 && peak <= 64, "peak \(peak) calls in flight")
        // Close to the ideal: a thread per call on the 2-thread pool would give 2 / 0.3 s = 7 decisions/s.
        #expect(rate > 0.5 * ideal, "decisions/s \(rate) is far below 64 in flight / 0.3 s")
        // Every decision went through the writer: the report sees each one as a captured LLM decision.
        let report = ReportBuilder.build(try await ReportInput.load(id, from: store))
        let llm = try #require(report.variants.first?.llm)
        #expect(llm.decisions == summary.decisionsThisRun)
        #expect(llm.fallbackRate == 0)
        #expect(llm.validJSONRate == 1)
        #expect(llm.failedCalls == 0)
        #expect(try await server.requestCount("exp64") == summary.decisionsThisRun)
        #expect(try await store.experiment(id)?.status == .completed)
    }
}
}
