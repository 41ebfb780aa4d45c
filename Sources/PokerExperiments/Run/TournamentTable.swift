import PokerAI
import PokerEngine
import PokerGame
import PokerStore

/// Plays one experiment game hand after hand, recording every step through the store's writer.
///
/// Unlike `GameRunner`, it checks for a stop only between hands (a hand in progress always
/// finishes: a cost cap or Ctrl-C never cuts a hand), and it records a decision's analysis
/// *before* the decision itself: if the process dies in between, the resumed game makes the same
/// decision again and the report keeps the later of the two identical analyses (never none).
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

    /// Asks the seat to act, records the analysis and the decision; true when the hand ended.
    func decide(_ state: inout GameState) async throws -> Bool {
        guard let seat = state.seatToAct, let request = state.decisionRequest(timeout: timeout), let legal = request.legal else {
            throw Stuck(hand: state.match.handsPlayed)
        }
        var decision = await controllers[seat]?.decide(request)
            ?? Decision(action: .checkOrCall, source: .fallback(reason: "no controller for seat \(seat)"))
        do {
            try legal.validate(decision.action)
        } catch {
            decision = Decision(action: legal.canCheck ? .checkOrCall : .fold,
                                source: .fallback(reason: "illegal answer: \(error.description)"))
        }
        if analyze, state.personalities[seat] != nil, let analysis = DecisionAnalyzer.analyze(request, action: decision.action) {
            let slug = state.setup.seats[seat].personality ?? state.name(ofSeat: seat)
            try await recorder.recordAnalysis(analysis, seat: seat, personality: slug, handNumber: state.match.handsPlayed,
                                              mind: request.mind, captureID: decision.captureID)
        }
        let step = try state.apply(decision, bySeat: seat)
        try await recorder.record(step, state: state, newHand: false)
        return step.finishedHand
    }
}
