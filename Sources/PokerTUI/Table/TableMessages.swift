import PokerAI
import PokerEngine
import PokerGame

/// What can happen to the table.
public enum TableMsg: Sendable {
    /// A key (already routed past the app's global keys).
    case key(Key)
    /// Time passed (the app sets ``TableState/now`` first).
    case tick
    /// An AI seat's decision arrived from its background task.
    case aiDecided(AIAnswer)
    /// Saving a step failed.
    case saveFailed(String)
    /// The quick play-out after the human busted made progress.
    case simulationProgress(String)
    /// The quick play-out finished; the game as it ended.
    case simulationFinished(GameState)
    /// The quick play-out failed.
    case simulationFailed(String)
    /// An LLM provider refused its API key (the sentence says which and how to fix it).
    case providerRefused(String)
    /// LLM seats answered the human's table talk.
    case aiTalked([TableMessage])
    /// The human's equity for a spot, computed in the background.
    case equityEstimated(EquityEstimate)
}

/// What the table asks the outside world to do.
public enum TableCommand: Sendable {
    /// Ask an AI seat's controller for a decision, in the background.
    case decide(DecisionJob)
    /// Save something, in order, in the background.
    case save(SaveJob)
    /// Let LLM seats answer what the human said (in the background; replies come back as
    /// ``TableMsg/aiTalked(_:)``).
    case chat(text: String, fromSeat: Int, game: GameState)
    /// Play the rest of the tournament without the table (the human has busted).
    case simulate(GameState)
    /// Estimate the human's equity in the background (answered by ``TableMsg/equityEstimated(_:)``).
    case estimateEquity(EquityJob)
    /// Keep the human's note on the player in `seat` with the game.
    case saveNote(seat: Int, personality: String?, text: String)
    /// Mark the game abandoned, then leave the table.
    case abandon
    /// Leave the table (back to the menu, or quit when there is none).
    case leave
    /// Quit the program (everything is already saved).
    case quit
}

/// A decision to ask of an AI seat's controller.
public struct DecisionJob: Sendable {
    public let session: Int
    public let seat: Int
    public let handNumber: Int
    public let decisionIndex: Int
    public let request: DecisionRequest
    /// The answer is delivered no sooner than this after the request (pacing).
    public let minimumDuration: Duration
    /// Judge the decision (Monte Carlo against ranges) for the replay viewer and the AI lab.
    public let analyze: Bool
}

/// An AI seat's answer, tagged with the decision it answers.
public struct AIAnswer: Sendable {
    public let session: Int
    public let seat: Int
    public let handNumber: Int
    public let decisionIndex: Int
    public let decision: Decision
    public let analysis: DecisionAnalysis?
    /// The seat's mind when it was asked (stored with the analysis).
    public let mind: SeatMind?

    /// An answer tagged by hand.
    public init(session: Int, seat: Int, handNumber: Int, decisionIndex: Int, decision: Decision,
                analysis: DecisionAnalysis? = nil, mind: SeatMind? = nil) {
        self.session = session
        self.seat = seat
        self.handNumber = handNumber
        self.decisionIndex = decisionIndex
        self.decision = decision
        self.analysis = analysis
        self.mind = mind
    }

    /// The answer to `job`.
    public init(job: DecisionJob, decision: Decision, analysis: DecisionAnalysis? = nil) {
        self.init(session: job.session, seat: job.seat, handNumber: job.handNumber, decisionIndex: job.decisionIndex,
                  decision: decision, analysis: analysis, mind: job.request.mind)
    }
}

/// Something to write to the store.
public enum SaveJob: Sendable {
    /// A dealt hand or an applied decision, with the game after it and the decision's record
    /// (verdict, LLM capture, usage: stored with it in one transaction).
    case step(GameStep, GameState, newHand: Bool, decision: DecisionRecord? = nil)
    /// Table talk outside an action, with the game after it.
    case talk(GameStep, GameState)
}
