import PokerEngine

/// The verdict on one decision against the strategy core: the core's strategy and action values
/// at the spot, the equities behind them, how far the chosen action fell from the best, and labels.
public struct DecisionAnalysis: Hashable, Sendable, Codable {
    public enum Verdict: String, Hashable, Sendable, Codable, CaseIterable { case correct, marginal, mistake }
    public enum Move: String, Hashable, Sendable, Codable, CaseIterable { case fold, check, call, raise, allIn = "all_in" }

    public var facts: SpotFacts
    public var move: Move
    /// Raise-to amount for raises and all-ins.
    public var amount: Chips?
    /// Equity against random hands of every live opponent (0…1).
    public var equityVsRandom: Double?
    /// Equity against the opponents' narrowed ranges (0…1).
    public var equityVsRanges: Double?
    /// Standard error of `equityVsRanges` (0 when exact).
    public var standardError: Double?
    /// Call ÷ (pot + call): the classic pot odds.
    public var potOdds: Double
    /// Call ÷ winnable, side pots considered.
    public var requiredEquity: Double
    /// Expected chips of calling rather than folding (equity × winnable − call); nil when checking is free.
    public var evCall: Double?
    /// The core's most frequent action.
    public var optimal: Move
    public var verdict: Verdict
    /// Big blinds given up against the best action (the core's action values where known).
    public var evLostBigBlinds: Double
    public var handClass: String?
    public var tier: Int?
    /// Automatic labels (`short_stack_fold`, `raise_war`, `overplayed_one_pair`, `missed_value`, …).
    public var labels: [String]
    /// How the core answered (`preflop ranges`, `river solve`, `multiway equity rules`…) and why.
    public var coreMethod: String?
    public var coreBasis: String?
    /// The core's frequency of each action type (`fold`, `check`, `call`, `bet_or_raise`).
    public var coreStrategy: [String: Double]?
    /// The value of each action type in big blinds relative to folding, where known.
    public var actionEVs: [String: Double]?

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
