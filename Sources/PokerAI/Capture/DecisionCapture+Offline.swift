import LLMClient
import PokerEngine

extension DecisionCapture {
    /// The capture of a decision the offline bot made for the AI lab (a re-run sent to the
    /// offline bot): no prompt, no answer, just the inputs and the action.
    public static func offline(request: DecisionRequest, personality slug: String, action: Action,
                               parent: Int64?) -> DecisionCapture {
        DecisionCapture(seat: request.seat, handNumber: request.context.handNumber, personality: slug,
                        provider: ProviderID.offline.rawValue, model: "offline-bot", system: "", user: "",
                        promptVersion: DecisionPrompt.version, promptHash: "", turns: [], reply: nil, action: action,
                        clampNote: nil, fallbackReason: nil, parent: parent,
                        callType: parent == nil ? CallType.decision.rawValue : CallType.debugRerun.rawValue,
                        request: CapturedRequest(request), decisionKey: nil)
    }
}

extension DecisionCapture.Turn {
    /// A turn rebuilt from a capture's stored columns (captures with a single turn keep no chain).
    public init(answer raw: String?, error: String?, inputTokens: Int, outputTokens: Int, latencyMs: Int,
                requestID: String?) {
        self.init(raw: raw, error: error, inputTokens: inputTokens, outputTokens: outputTokens, latencyMs: latencyMs,
                  requestID: requestID)
    }
}
