import Foundation
import PokerAI
import PokerExperiments
import PokerGame
import PokerStore
import PokerTestSupport
import Testing

extension EndToEnd {
@Suite struct RunControlTests {
    static func llmTOML(_ url: String, costCap: Double? = nil) -> String {
        """
        name = "control"
        tournaments = 2
        hands_per_tournament = 4
        seed = 9
        concurrency = 4
        analyze = false
        mode = "casual"
        \(costCap.map { "cost_cap_usd = \($0)" } ?? "")
        [table]
        starting_stack = 1000
        big_blind = 20
        [[seats]]
        personality = "Merlin"
        provider = "openai"
        model = "gpt-5.4-mini"
        base_url = "\(url)"
        [[seats]]
        personality = "Loki"
        """
    }

    /// The cap stops new hands once ~10 calls' worth is spent; hands in progress finish; a resume
    /// with a higher cap completes the experiment.
    @Test(.timeLimit(.minutes(2))) func theCostCapStopsCleanlyAndResumeFinishes() async throws {
        let server = try await FakeLLMServer.shared()
        let url = try await server.script("cap", [["delay_ms": 5]])
        let (store, dir) = try Fixtures.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = try Fixtures.spec(Self.llmTOML(url, costCap: 0.001))
        let runner = ExperimentRunner(store: store, library: Fixtures.library, llm: Fixtures.llmSetup)
        let id = try await runner.create(spec, file: "cap.toml")
        let stopped = try await runner.run(id)
        #expect(stopped.outcome == .costCap)
        #expect(stopped.costUSD >= 0.001 && stopped.costUSD < 0.01)
        #expect(stopped.gamesComplete < spec.totalGames)
        #expect(try await store.experiment(id)?.status == .paused)
        let games = try await store.experimentGames(id)
        #expect(!games.isEmpty && games.allSatisfy { !$0.handInProgress }, "a hand was cut short by the cap")

        let again = ExperimentRunner(store: store, library: Fixtures.library, llm: Fixtures.llmSetup, costCap: 1)
        let finished = try await again.run(id)
        #expect(finished.outcome == .completed)
        #expect(finished.gamesComplete == spec.totalGames)
        #expect(try await store.experiment(id)?.status == .completed)
    }

    /// `requestStop` (Ctrl-C) lets every hand in progress finish; resume completes the rest.
    @Test(.timeLimit(.minutes(2))) func aStopFinishesRunningHands() async throws {
        let (store, dir) = try Fixtures.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = try Fixtures.spec(Fixtures.offlineTOML(name: "stop", tournaments: 2, hands: 10, twins: 0, concurrency: 3))
        let runner = ExperimentRunner(store: store, library: Fixtures.library)
        let id = try await runner.create(spec, file: "stop.toml")
        let run = Task { try await runner.run(id) }
        try await Poll.until("three hands of the run") { runner.progress.snapshot.handsThisRun >= 3 }
        runner.requestStop()
        let summary = try await run.value
        #expect(summary.outcome == .interrupted)
        #expect(try await store.experimentGames(id).allSatisfy { !$0.handInProgress })
        let resumed = try await ExperimentRunner(store: store, library: Fixtures.library).run(id)
        #expect(resumed.outcome == .completed)
    }

    /// A capture saved for a decision that was never recorded (the process died in between) is
    /// removed before the game continues, so the resumed decision is not counted twice.
    @Test func capturesOfUnrecordedDecisionsAreDiscarded() async throws {
        let (store, dir) = try Fixtures.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = try Fixtures.spec(Fixtures.offlineTOML(name: "orphans", twins: 0))
        let plan = try ExperimentPlan(spec: spec, library: Fixtures.library, file: "o.toml")
        let experiment = try await store.createExperiment(name: "orphans", configJSON: "{}")
        var state = try plan.newGame(TournamentKey(variant: 0, tournament: 0))
        let game = try await store.createExperimentGame(experiment: experiment, variant: "control", tournamentIndex: 0,
                                                        setup: state.setup, match: state.match)
        let recorder = GameRecorder(store: store, game: game)
        try await recorder.record(try state.startNextHand(), state: state, newHand: true)
        let seat = try #require(state.seatToAct)
        func capture() -> CaptureRow {
            CaptureRow(game: game, handNumber: 1, seat: seat, callType: "decision", provider: "openai", model: "m",
                       systemPrompt: "s", userMessage: "u")
        }
        _ = try await store.recordCapture(capture())          // decided and recorded…
        let request = try #require(state.decisionRequest(timeout: .seconds(1)))
        let step = try state.apply(Decision(action: OfflineBot(personality: try #require(state.personalities[seat])).choose(request),
                                            source: .offline), bySeat: seat)
        try await recorder.record(step, state: state, newHand: false)
        _ = try await store.recordCapture(capture())          // …then one more that never got its action
        #expect(try await store.discardUnrecordedDecisions(game: game) == 1)
        #expect(try await store.experimentCaptures(.experiment(experiment)).count == 1)
    }
}
}
