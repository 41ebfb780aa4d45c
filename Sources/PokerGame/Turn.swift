import PokerAI
import PokerEngine

/// One AI turn, the same for every driver — headless play (`GameRunner`), experiments
/// (`TournamentTable`) and the table (`AppEffects` asks, `TableScreen` applies): ask the seat's
/// controller, settle the answer to a legal move, judge the move taken. Nothing here writes; the
/// driver applies `decision` and records it with `verdict` in one transaction
/// (``GameRecorder/record(_:state:newHand:verdict:)``).
public enum Turn {
    /// A settled answer and the verdict on it.
    public struct Answer: Sendable {
        /// The move the table takes (see ``Turn/settle(_:request:)``).
        public var decision: Decision
        /// The core's verdict on `decision.action`, when the driver asked for one.
        public var analysis: DecisionAnalysis?

        public init(decision: Decision, analysis: DecisionAnalysis? = nil) {
            self.decision = decision
            self.analysis = analysis
        }
    }

    /// Asks `controller` (nil: the seat has none) and settles its answer; judges the settled move
    /// when `analyze` is true.
    public static func answer(_ request: DecisionRequest, controller: (any PlayerController)?, analyze: Bool) async -> Answer {
        let answer = await controller?.decide(request)
        let decision = settle(answer, request: request)
        let analysis = analyze ? DecisionAnalyzer.analyze(request, action: decision.action) : nil
        return Answer(decision: decision, analysis: analysis)
    }

    /// The move the table takes for `answer`: the answer itself when legal. With no answer (the seat
    /// has no controller) or an illegal one, the safest legal move — check when free, else fold —
    /// stands in, for every driver alike; an illegal answer's capture and key refusal stay attached.
    public static func settle(_ answer: Decision?, request: DecisionRequest) -> Decision {
        guard let legal = request.legal else {
            return answer ?? Decision(action: .checkOrCall, source: .fallback(reason: "no legal actions"))
        }
        let safest: Action = legal.canCheck ? .checkOrCall : .fold
        guard let answer else {
            return Decision(action: safest, source: .fallback(reason: "no controller for seat \(request.seat)"))
        }
        do {
            try legal.validate(answer.action)
            return answer
        } catch {
            var standIn = Decision(action: safest, source: .fallback(reason: "illegal answer: \(error.description)"))
            standIn.captureID = answer.captureID
            standIn.providerRefusal = answer.providerRefusal
            return standIn
        }
    }
}

/// The verdict on a decision, with what the store needs to file it.
public struct JudgedDecision: Sendable {
    public var analysis: DecisionAnalysis
    public var seat: Int
    public var personality: String
    public var handNumber: Int
    public var mind: SeatMind?
    public var captureID: Int64?

    public init(analysis: DecisionAnalysis, seat: Int, personality: String, handNumber: Int, mind: SeatMind?, captureID: Int64?) {
        self.analysis = analysis
        self.seat = seat
        self.personality = personality
        self.handNumber = handNumber
        self.mind = mind
        self.captureID = captureID
    }

    /// The verdict on `answer` for the seat `request` asked, in `state` before the move is applied
    /// (nil when there is no analysis).
    public init?(_ answer: Turn.Answer, request: DecisionRequest, state: GameState) {
        guard let analysis = answer.analysis else { return nil }
        let seat = request.seat
        self.init(analysis: analysis, seat: seat, personality: state.setup.seats[seat].personality ?? state.name(ofSeat: seat),
                  handNumber: state.match.handsPlayed, mind: request.mind, captureID: answer.decision.captureID)
    }
}
