import Foundation

/// One line of the capture browser: who decided what, where, how it was judged and what went wrong.
public struct CaptureSummary: Hashable, Sendable, Codable {
    public var id: CaptureID
    public var createdAt: Date
    public var game: GameID?
    public var handNumber: Int?
    public var seat: Int?
    public var personality: String?
    public var callType: String
    public var provider: String
    public var model: String
    public var street: String?
    public var action: String?
    public var amount: Int?
    /// `correct`, `marginal`, `mistake` (`unknown` when equity was missing); nil when never judged.
    public var verdict: String?
    public var evLostBB: Double?
    public var equityVsRanges: Double?
    public var requiredEquity: Double?
    public var potOdds: Double?
    public var stackBB: Double?
    public var errorTypes: [String]
    public var labels: [String]
    public var latencyMs: Int?
    public var inputTokens: Int?
    public var outputTokens: Int?
    public var parent: CaptureID?
}

/// One page of the capture browser.
public struct CapturePage: Hashable, Sendable, Codable {
    public var captures: [CaptureSummary]
    /// Captures matching the filter, all pages together.
    public var total: Int
    public var offset: Int
    public var limit: Int
}

/// How many captures carry a label, and how many of those the user put there.
public struct LabelCount: Hashable, Sendable, Codable {
    public var label: String
    public var captures: Int
    public var byUser: Int
}
