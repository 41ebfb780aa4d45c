import PokerAI
import PokerEngine

/// One AI turn, the same for every driver — headless play (`GameRunner`), experiments
/// (`TournamentTable`) and the table (`AppEffects` asks, `TableScreen` applies): ask the seat's
/// controller, settle the answer to a legal move, judge the move taken. Nothing here writes; the
/// driver applies `decision` and records it with its ``DecisionRecord`` (verdict, LLM capture, usage
/// of its calls) in one transaction (``GameRecorder/record(_:state:newHand:decision:)``).
public enum Turn {
    /// A settled answer and the verdict on it; `decision` carries the LLM capture and usage.
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
    /// stands in, for every driver alike; an illegal answer's capture, usage and key refusal stay attached.
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
            standIn.capture = answer.capture
            standIn.usage = answer.usage
            standIn.providerRefusal = answer.providerRefusal
            return standIn
        }
    }
}
