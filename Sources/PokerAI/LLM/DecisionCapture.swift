import Foundation
import PokerEngine

/// Everything about one LLM decision, for the AI lab: prompts, raw answers, what was parsed,
/// every correction, usage and the outcome. Keys never appear here.
public struct DecisionCapture: Hashable, Sendable, Codable {
    public struct Turn: Hashable, Sendable, Codable {
        public var raw: String?
        public var error: String?
        public var inputTokens: Int
        public var outputTokens: Int
        public var latencyMs: Int
        public var requestID: String?
        /// What kind of problem `error` is (nil when the turn went well).
        public var kind: CaptureErrorKind? = nil
    }

    public var seat: Int
    public var handNumber: Int
    public var personality: String
    public var provider: String
    public var model: String
    public var system: String
    public var user: String
    public var promptVersion: String
    public var promptHash: String
    /// The first answer and, when needed, the correction.
    public var turns: [Turn]
    public var reply: DecisionReply?
    public var action: Action
    public var clampNote: String?
    /// Set when the offline bot decided instead.
    public var fallbackReason: String?
    /// Set when this capture re-runs an earlier one.
    public var parent: Int64?
    public var callType: String
    /// The decision's inputs (view, table, talk, mind, seeds), to rebuild and re-judge it later.
    public var request: CapturedRequest? = nil
    /// Shared with the usage records of this decision's LLM calls (`api_usage.decision_key`).
    public var decisionKey: String? = nil

    public var totalLatencyMs: Int { turns.reduce(0) { $0 + $1.latencyMs } }
    public var inputTokens: Int { turns.reduce(0) { $0 + $1.inputTokens } }
    public var outputTokens: Int { turns.reduce(0) { $0 + $1.outputTokens } }
    /// Every kind of problem met, in order, without repeats (`fallback` last when the offline bot decided).
    public var errorKinds: [CaptureErrorKind] {
        var kinds: [CaptureErrorKind] = []
        for kind in turns.compactMap(\.kind) where !kinds.contains(kind) { kinds.append(kind) }
        if fallbackReason != nil, !kinds.contains(.fallback) { kinds.append(.fallback) }
        return kinds
    }
}
