import Foundation
import LLMClient
import PokerAI
import PokerEngine
import PokerStore
import Testing
@testable import PokerGame

/// The one turn pipeline: how an answer is settled, and that a decision, its verdict, its capture
/// and its usage are stored together or not at all.
@Suite struct TurnTests {
    /// Answers with a fixed action, whatever the spot.
    struct Fixed: PlayerController {
        let action: Action
        var capture: DecisionCapture?
        func decide(_ request: DecisionRequest) async -> Decision {
            Decision(action: action, source: .offline, capture: capture)
        }
    }

    /// The first spot of a fresh game (someone faces the big blind: check is not free).
    func firstRequest() throws -> (GameState, DecisionRequest) {
        var game = try newGame(seats: 3, seed: 4)
        _ = try game.startNextHand()
        return (game, try #require(game.decisionRequest(timeout: .seconds(5))))
    }

    @Test func aLegalAnswerStandsAndIsJudgedOnlyWhenAsked() async throws {
        let (_, request) = try firstRequest()
        let judged = await Turn.answer(request, controller: Fixed(action: .fold), analyze: true)
        #expect(judged.decision.action == .fold && judged.decision.source == .offline)
        #expect(judged.analysis?.move == .fold)
        let unjudged = await Turn.answer(request, controller: Fixed(action: .fold), analyze: false)
        #expect(unjudged.analysis == nil)
    }

    @Test func noControllerOrAnIllegalAnswerGetsTheSafestMoveForEveryDriver() async throws {
        let (_, request) = try firstRequest()
        let legal = try #require(request.legal)
        #expect(!legal.canCheck, "facing the big blind")
        let none = await Turn.answer(request, controller: nil, analyze: false)
        #expect(none.decision.action == .fold)
        #expect(none.decision.source == .fallback(reason: "no controller for seat \(request.seat)"))
        let capture = DecisionCapture.offline(request: request, personality: "test", action: .betOrRaise(to: 1), parent: nil)
        let illegal = await Turn.answer(request, controller: Fixed(action: .betOrRaise(to: 1), capture: capture), analyze: true)
        #expect(illegal.decision.action == .fold)
        guard case let .fallback(reason) = illegal.decision.source else { Issue.record("\(illegal.decision.source)"); return }
        #expect(reason.hasPrefix("illegal answer: "))
        #expect(illegal.decision.capture == capture, "the capture stays with the decision it belongs to")
        #expect(illegal.analysis?.move == .fold, "the verdict is on the move taken")
    }

    @Test func headlessPlayStoresOneVerdictPerAIAction() async throws {
        let (store, dir) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        var state = try newGame(seats: 4, seed: 12)
        let recorder = try await GameRecorder.create(store: store, state: state)
        let runner = GameRunner(controllers: Controllers.offline(for: state), recorder: recorder)
        _ = try await runner.play(&state, maxHands: 6)
        var actions = 0
        for hand in try await store.completeHands(game: recorder.game) {
            actions += hand.events.filter(\.isDecision).count
        }
        let analyses = try await store.analyses(game: recorder.game)
        #expect(actions > 20)
        #expect(analyses.count == actions, "\(analyses.count) verdicts for \(actions) actions")
    }

    @Test func aDecisionAndItsVerdictAreOneTransaction() async throws {
        let (store, dir) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        var state = try newGame(seats: 3, seed: 4)
        let recorder = try await GameRecorder.create(store: store, state: state)
        let started = try state.startNextHand()
        try await recorder.record(started, state: state, newHand: true)
        let request = try #require(state.decisionRequest(timeout: .seconds(5)))
        // A capture whose decision inputs are not JSON cannot be stored: nor can the action, its
        // verdict or its usage.
        var capture = DecisionCapture.offline(request: request, personality: "test", action: .fold, parent: nil)
        capture.decisionKey = "k"
        let answer = await Turn.answer(request, controller: Fixed(action: .fold, capture: capture), analyze: true)
        var record = try #require(DecisionRecord(answer, request: request, state: state))
        record.usage = [UsageRecord(callID: UUID(), attempt: 1, timestamp: Date(), callType: .decision, provider: .local,
                                    model: "fake", tokens: .zero, latencyMs: 1, status: .ok, httpStatus: 200, errorKind: nil,
                                    errorMessage: nil, finishReason: nil, requestID: nil, costUSD: nil, maxTokens: 400,
                                    tags: ["decision": "k"])]
        var after = state
        let step = try after.apply(answer.decision, bySeat: request.seat)
        var rows = StoreTelemetry.captureRow(try #require(record.capture), game: recorder.game)
        rows.requestJSON = "{not json"
        await #expect(throws: StoreError.self) {
            try await store.recordAction(game: recorder.game, match: after.match, newEvents: step.handEvents,
                                         verdict: recorder.verdict(record), capture: rows,
                                         usage: record.usage.map(StoreTelemetry.usageRow))
        }
        let saved = try await store.loadGame(recorder.game)
        #expect(saved.match == state.match, "the failed transaction left the game where it was")
        #expect(try await store.analyses(game: recorder.game).isEmpty)
        #expect(try await store.captures(game: recorder.game).isEmpty)
        #expect(try await store.usage(game: recorder.game).isEmpty)
        // The same record, whole, is stored with its action: one verdict linked to one capture, one usage row.
        try await recorder.record(step, state: after, newHand: false, decision: record)
        let stored = try await store.captures(game: recorder.game)
        #expect(stored.count == 1)
        #expect(try await store.analyses(game: recorder.game).map(\.capture) == [stored.first?.id])
        #expect(try await store.usage(game: recorder.game).map(\.decisionKey) == ["k"])
    }
}
