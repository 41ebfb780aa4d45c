/// What went wrong in one turn of an LLM decision, for the AI lab's filters.
public enum CaptureErrorKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The answer held no usable JSON decision.
    case parse
    /// The answer was readable but not a legal move (a check facing a bet, a raise nobody can call).
    case illegal
    /// No answer before the decision's deadline.
    case timeout
    /// The provider failed (HTTP error, refused connection, missing key…).
    case transport
    /// The offline bot decided instead of the LLM.
    case fallback
}
