import Foundation
import PokerAI
import PokerEngine
import PokerStore
import Testing
@testable import PokerGame

/// The one turn pipeline: how an answer is settled, and that a decision and its verdict are
/// stored together or not at all.
@Suite struct TurnTests {
    /// Answers with a fixed action, whatever the spot.
    struct Fixed: PlayerController {
        let action: Action
        var captureID: Int64?
        func decide(_ request: DecisionRequest) async -> Decision {
            var decision = Decision(action: action, source: .offline)
            decision.captureID = captureID
            return decision
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
        let illegal = await Turn.answer(request, controller: Fixed(action: .betOrRaise(to: 1), captureID: 42), analyze: true)
        #expect(illegal.decision.action == .fold)
        guard case let .fallback(reason) = illegal.decision.source else { Issue.record("\(illegal.decision.source)"); return }
        #expect(reason.hasPrefix("illegal answer: "))
        #expect(illegal.decision.captureID == 42, "the capture stays with the decision it belongs to")
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
        // A verdict linked to a capture that does not exist cannot be stored: the action is not either.
        let answer = await Turn.answer(request, controller: Fixed(action: .fold, captureID: 999), analyze: true)
        let verdict = try #require(JudgedDecision(answer, request: request, state: state))
        var after = state
        let step = try after.apply(answer.decision, bySeat: request.seat)
        await #expect(throws: StoreError.self) { try await recorder.record(step, state: after, newHand: false, verdict: verdict) }
        let saved = try await store.loadGame(recorder.game)
        #expect(saved.match == state.match, "the failed transaction left the game where it was")
        #expect(try await store.analyses(game: recorder.game).isEmpty)
    }
}
