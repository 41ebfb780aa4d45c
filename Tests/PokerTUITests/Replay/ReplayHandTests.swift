import PokerEngine
import PokerStore
import Testing
@testable import PokerTUI

/// Stored hands made into replays: a frame per decision, ending exactly where the hand ended.
@Suite struct ReplayHandTests {
    @Test func everyStoredHandReplaysToItsFinishingStacksWithVerdicts() async throws {
        let (store, game, _) = try await TableFixtures.storeWithGame()
        let saved = try await store.loadGame(game)
        let analyses = try await store.analyses(game: game)
        var verdicts = 0
        for summary in try await store.hands(game: game) where summary.isComplete {
            let stored = try await store.hand(summary.id)
            let replay = try ReplayHand.make(stored: stored, seatNames: saved.setup.names, humanSeat: 0, analyses: analyses,
                                             captures: [])
            let decisions = stored.events.filter(\.isDecision).count
            #expect(replay.frames.count == decisions + 1)
            #expect(replay.steps.count == decisions)
            #expect(replay.frames.last?.finishingStacks == stored.finishingStacks)
            #expect(replay.frame(reaching: .preflop) == 0)
            verdicts += replay.steps.filter { $0.verdict != nil }.count
            #expect(replay.steps.allSatisfy { !$0.text.isEmpty })
        }
        #expect(verdicts > 0, "AI decisions carry their stored verdicts")
    }

    @Test func theViewerStepsJumpsToStreetsAndGoesBack() async throws {
        let (store, game, _) = try await TableFixtures.storeWithGame()
        let saved = try await store.loadGame(game)
        let summary = try #require(try await store.hands(game: game).first { $0.board.count == 5 })
        let replay = try ReplayHand.make(stored: try await store.hand(summary.id), seatNames: saved.setup.names, humanSeat: 0,
                                         analyses: [], captures: [])
        var state = ReplayState(viewer: ReplayViewerState(hand: replay))
        _ = ReplayScreen.update(&state, key: .character("3"))
        let turn = try #require(state.viewer?.frame)
        #expect(replay.frames[turn].board.count == 4)
        _ = ReplayScreen.update(&state, key: .left)
        #expect(state.viewer?.frame == turn - 1)
        _ = ReplayScreen.update(&state, key: .end)
        #expect(state.viewer?.frame == replay.frames.count - 1)
        let screen = ReplayScreen.render(state, size: TerminalSize(width: 80, height: 24), capabilities: .full).textDump()
        #expect(!screen.contains("[░░]"), "every hole card is shown")
        #expect(screen.contains("step \(replay.frames.count - 1)/\(replay.frames.count - 1)"))
        guard case .back = ReplayScreen.update(&state, key: .escape) else {
            Issue.record("Esc leaves a viewer opened without a browser")
            return
        }
    }

    @Test func monologuesComeFromTheCapturesParsedAnswer() {
        let capture = CaptureRow(handNumber: 1, seat: 2, callType: "decision", provider: "fake", model: "m", systemPrompt: "",
                                 userMessage: "",
                                 parsedActionJSON: #"{"action":"call","reply":{"action":"call","innerMonologue":"He is bluffing.","handStrategy":"Trap.","dramaticSequence":[]}}"#)
        let (monologue, strategy) = ReplayHand.reasoning(capture)
        #expect(monologue == "He is bluffing.")
        #expect(strategy == "Trap.")
    }
}
