/// Why an LLM call was made; recorded with every usage record (`api_usage.call_type`).
public enum CallType: String, Sendable, Codable, Hashable, CaseIterable {
    /// An AI player's action.
    case decision
    /// The one repair turn after an invalid decision.
    case correction
    /// Post-hand commentary (gloating, venting, heckling).
    case commentary
    /// Table talk: replies to the human, quick-chat suggestions.
    case chat
    /// Narration of the table for the log.
    case narration
    /// Generating content such as a new personality.
    case generation
    /// Re-running a captured decision in the AI lab.
    case debugRerun = "debug_rerun"
    /// AI-only experiment tournaments.
    case experiment
    /// `pokerface llm check` and other health checks.
    case check
}
