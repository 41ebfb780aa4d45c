import PokerAI
import PokerEngine
import PokerStore

/// Plays a game with no human at the keyboard: asks each seat's controller, applies the
/// decision, records every step. Used by `pokerface play --headless`, resume and experiments.
public struct GameRunner: Sendable {
    public enum Stop: Sendable, Equatable {
        /// One player has every chip.
        case tournamentOver
        /// The requested number of hands was played; the game can be resumed.
        case handLimit
        /// The surrounding task was cancelled; the game can be resumed.
        case cancelled
        /// An LLM provider refused its API key (the sentence says which and how to fix it). The move
        /// the offline bot made instead is recorded; the game can be resumed once the key is fixed.
        case providerRefused(String)
    }

    public let controllers: [Int: any PlayerController]
    public let recorder: GameRecorder?
    public let decisionTimeout: Duration
    /// Judge and store every AI decision (Monte Carlo against ranges; about 7 ms each in release).
    public var analyzeDecisions: Bool

    public init(controllers: [Int: any PlayerController], recorder: GameRecorder?, decisionTimeout: Duration = .seconds(20),
                analyzeDecisions: Bool = true) {
        self.controllers = controllers
        self.recorder = recorder
        self.decisionTimeout = decisionTimeout
        self.analyzeDecisions = analyzeDecisions
    }

    /// Plays until the tournament ends or `maxHands` more hands have been started and finished.
    /// A hand in progress is finished first. `onHand` runs after each finished hand.
    public func play(_ state: inout GameState, maxHands: Int? = nil,
                     onHand: (HandReport) -> Void = { _ in }) async throws -> Stop {
        var handsStarted = 0
        while true {
            if Task.isCancelled { return .cancelled }
            if state.match.isHandInProgress {
                if let refusal = try await playDecision(&state, onHand: onHand) { return .providerRefused(refusal) }
                continue
            }
            if state.isOver { return .tournamentOver }
            if let maxHands, handsStarted >= maxHands { return .handLimit }
            let step = try state.startNextHand()
            handsStarted += 1
            try await recorder?.record(step, state: state, newHand: true)
            if step.finishedHand { onHand(HandReport(state: state, step: step)) }
        }
    }

    /// Plays one decision through the ``Turn`` pipeline and records it with its verdict, capture and
    /// usage in one transaction; returns the
    /// provider's refusal of its key when the LLM seat met one.
    @discardableResult
    func playDecision(_ state: inout GameState, onHand: (HandReport) -> Void) async throws -> String? {
        guard let seat = state.seatToAct, let request = state.decisionRequest(timeout: decisionTimeout) else { return nil }
        let answer = await Turn.answer(request, controller: controllers[seat],
                                       analyze: analyzeDecisions && recorder != nil && state.personalities[seat] != nil)
        let record = DecisionRecord(answer, request: request, state: state)
        let step = try state.apply(answer.decision, bySeat: seat)
        try await recorder?.record(step, state: state, newHand: false, decision: record)
        if step.finishedHand { onHand(HandReport(state: state, step: step)) }
        return answer.decision.providerRefusal
    }
}
