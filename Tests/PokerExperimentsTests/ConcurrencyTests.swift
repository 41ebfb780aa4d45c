import Foundation
import LLMClient
import PokerExperiments
import PokerStore
import PokerTestSupport
import Testing

extension EndToEnd {
@Suite struct ConcurrencyTests {
    /// 64 heads-up LLM games at once: the provider answers none of the first 64 calls until all 64
    /// have arrived (one per game, since a game waits for its answer), so they must be in flight
    /// together; a run limited to fewer games at a time would get 504s and retries, seen below.
    /// Every write still goes through the one writer. (The rate is `make bench`'s figure.)
    @Test(.timeLimit(.minutes(3))) func sixtyFourGamesKeepSixtyFourCallsInFlight() async throws {
        let server = try await FakeLLMServer.shared()
        let scenario = "exp64-\(UUID().uuidString.prefix(8))"
        let url = try await server.script(scenario, Array(repeating: ["hold_until_count": 64], count: 64) + [[:]])
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
        let runner = ExperimentRunner(store: store, library: Fixtures.library, llm: Fixtures.llmSetup)
        let id = try await runner.create(spec, file: "test.toml")
        let summary = try await runner.run(id)
        #expect(summary.outcome == .completed)
        #expect(summary.gamesComplete == 64)
        print("64 games: \(summary.decisionsThisRun) decisions in \(String(format: "%.2f", summary.seconds)) s")
        // Every decision went through the writer: the report sees each one as a captured LLM decision.
        let report = ReportBuilder.build(try await ReportInput.load(id, from: store))
        let llm = try #require(report.variants.first?.llm)
        #expect(llm.decisions == summary.decisionsThisRun)
        #expect(llm.fallbackRate == 0)
        #expect(llm.validJSONRate == 1)
        #expect(llm.failedCalls == 0)
        #expect(try await server.requestCount(scenario) == summary.decisionsThisRun, "no call was retried (no 504 from the barrier)")
        #expect(try await store.experiment(id)?.status == .completed)
    }
}
}
