import Foundation
import LLMClient
import PokerExperiments
import PokerStore
import Testing

@Suite(.serialized) struct ConcurrencyTests {
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
        #expect(rate > 0.6 * ideal, "decisions/s \(rate) is far below 64 in flight / 0.3 s")
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
