import LLMClient
import PokerAI

/// What the store files with an AI decision, in the action's transaction: the verdict on the move
/// taken, the LLM capture and the usage of every call made for it (retries and the correction).
public struct DecisionRecord: Sendable {
    public var seat: Int
    public var personality: String
    public var handNumber: Int
    public var mind: SeatMind?
    /// The core's verdict on the move taken (nil when the driver did not ask for one).
    public var analysis: DecisionAnalysis?
    public var capture: DecisionCapture?
    public var usage: [UsageRecord]

    public init(seat: Int, personality: String, handNumber: Int, mind: SeatMind?, analysis: DecisionAnalysis?,
                capture: DecisionCapture? = nil, usage: [UsageRecord] = []) {
        self.seat = seat
        self.personality = personality
        self.handNumber = handNumber
        self.mind = mind
        self.analysis = analysis
        self.capture = capture
        self.usage = usage
    }

    /// The record of `answer` for the seat `request` asked, in `state` before the move is applied
    /// (nil when there is nothing to file: no verdict, no capture, no usage).
    public init?(_ answer: Turn.Answer, request: DecisionRequest, state: GameState) {
        let decision = answer.decision
        guard answer.analysis != nil || decision.capture != nil || !decision.usage.isEmpty else { return nil }
        let seat = request.seat
        self.init(seat: seat, personality: state.setup.seats[seat].personality ?? state.name(ofSeat: seat),
                  handNumber: state.match.handsPlayed, mind: request.mind, analysis: answer.analysis,
                  capture: decision.capture, usage: decision.usage)
    }
}
