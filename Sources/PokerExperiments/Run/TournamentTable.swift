import PokerAI
import PokerEngine
import PokerGame
import PokerStore

/// Plays one experiment game hand after hand, recording every step through the store's writer.
///
/// Unlike `GameRunner`, it checks for a stop only between hands (a hand in progress always
/// finishes: a cost cap or Ctrl-C never cuts a hand). A turn is the shared ``Turn`` pipeline; each
/// decision is stored with its verdict, capture and usage in one transaction, so a killed run
/// leaves none of them alone.
struct TournamentTable {
    enum Outcome: Sendable { case finished, capped, stopped }

    /// A hand in progress with nobody to act (the engine's invariants make this unreachable).
    struct Stuck: Error, CustomStringConvertible {
        let hand: Int
        var description: String { "hand \(hand) is in progress but nobody is to act" }
    }

    let controllers: [Int: any PlayerController]
    let recorder: GameRecorder
    let analyze: Bool
    let timeout: Duration
    let handCap: Int

    /// Plays until the tournament ends, the hand cap is reached or `shouldStop` says so between hands.
    /// `onDecision` runs after each recorded decision; `onHandEnd` after each finished hand.
    func play(_ state: inout GameState, shouldStop: @Sendable () -> Bool, onDecision: @Sendable () -> Void,
              onHandEnd: (GameState) async throws -> Void) async throws -> Outcome {
        while true {
            if state.match.isHandInProgress {
                if try await decide(&state) { try await onHandEnd(state) }
                onDecision()
                continue
            }
            if state.isOver { return .finished }
            if state.match.handsPlayed >= handCap { return .capped }
            if shouldStop() { return .stopped }
            let step = try state.startNextHand()
            try await recorder.record(step, state: state, newHand: true)
            if step.finishedHand { try await onHandEnd(state) }
        }
    }

    /// Plays one decision through the ``Turn`` pipeline and records it with its verdict, capture and
    /// usage in one transaction; true when the hand ended.
    func decide(_ state: inout GameState) async throws -> Bool {
        guard let seat = state.seatToAct, let request = state.decisionRequest(timeout: timeout) else {
            throw Stuck(hand: state.match.handsPlayed)
        }
        let answer = await Turn.answer(request, controller: controllers[seat],
                                       analyze: analyze && state.personalities[seat] != nil)
        let record = DecisionRecord(answer, request: request, state: state)
        let step = try state.apply(answer.decision, bySeat: seat)
        try await recorder.record(step, state: state, newHand: false, decision: record)
        return step.finishedHand
    }
}
