import PokerEngine

/// The verdict on one decision: equities, odds, the best action by the numbers and how far the
/// chosen action fell from it.
public struct DecisionAnalysis: Hashable, Sendable, Codable {
    public enum Verdict: String, Hashable, Sendable, Codable, CaseIterable { case correct, marginal, mistake }
    public enum Move: String, Hashable, Sendable, Codable, CaseIterable { case fold, check, call, raise, allIn = "all_in" }

    public var facts: SpotFacts
    public var move: Move
    /// Raise-to amount for raises and all-ins.
    public var amount: Chips?
    /// Equity against random hands of every live opponent (0…1).
    public var equityVsRandom: Double?
    /// Equity against the opponents' estimated ranges (0…1): the basis of the verdict.
    public var equityVsRanges: Double?
    /// Standard error of `equityVsRanges`.
    public var standardError: Double?
    /// Call ÷ (pot + call): the classic pot odds.
    public var potOdds: Double
    /// Call ÷ winnable, side pots considered.
    public var requiredEquity: Double
    /// Expected chips of calling rather than folding (equity × winnable − call); nil when checking is free.
    public var evCall: Double?
    public var optimal: Move
    public var verdict: Verdict
    /// Expected big blinds given up against the optimal choice (0 unless a mistake).
    public var evLostBigBlinds: Double
    public var handClass: String?
    public var tier: Int?
    /// Automatic labels (`short_stack_fold`, `pot_committed_fold`, `suspicious_fold`, `raise_war`, …).
    public var labels: [String]

    /// One-line summary for logs and the AI lab.
    public var summary: String {
        let eq = equityVsRanges.map { "\(Int(($0 * 100).rounded()))%" } ?? "?"
        var text = "\(move.rawValue) (\(verdict.rawValue)); equity vs ranges \(eq)"
        if facts.toCall > .zero { text += ", needs \(Int((requiredEquity * 100).rounded()))%" }
        if verdict == .mistake { text += String(format: ", EV lost %.1f bb", evLostBigBlinds) }
        if optimal != move { text += "; best: \(optimal.rawValue)" }
        return text
    }
}
