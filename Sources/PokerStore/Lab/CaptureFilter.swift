import Foundation
import GRDB

/// What the capture browser shows: every field narrows the list (nil or empty means any), newest
/// first, one page at a time.
public struct CaptureFilter: Hashable, Sendable, Codable {
    /// Which captures: the decisions made in games, the AI lab's re-runs, or both.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case decisions, reruns, all
    }

    public var kind: Kind = .decisions
    public var game: GameID?
    /// Personality slug.
    public var personality: String?
    /// `preflop`, `flop`, `turn`, `river`.
    public var street: String?
    /// `fold`, `check`, `call`, `raise`, `all_in`.
    public var action: String?
    public var verdict: AnalysisRow.Verdict?
    /// Every one of these labels must be on the capture.
    public var labels: [String] = []
    /// `parse`, `illegal`, `timeout`, `transport`, `fallback`, or `any` for captures with any problem.
    public var errorType: String?
    /// Call ÷ (pot + call), both ends included; only captures facing a bet match.
    public var potOdds: ClosedRange<Double>?
    /// The deciding stack in big blinds, both ends included.
    public var stackBB: ClosedRange<Double>?
    /// Model name, or `provider/model`.
    public var model: String?
    /// Only re-runs of this capture.
    public var parent: CaptureID?
    /// Captures from this time on.
    public var since: Date?
    public var limit: Int = 50
    public var offset: Int = 0

    /// Every decision capture, 50 per page.
    public init() {}

    /// The SQL condition (over `c` = prompt_capture and `a` = its decision analysis) and its arguments.
    func condition() -> (sql: String, arguments: StatementArguments) {
        var parts: [String] = []
        var arguments = StatementArguments()
        switch kind {
        case .decisions: parts.append("c.call_type = 'decision'")
        case .reruns: parts.append("c.call_type = 'debug_rerun'")
        case .all: break
        }
        func equal(_ column: String, _ value: (any DatabaseValueConvertible)?) {
            guard let value else { return }
            parts.append("\(column) = ?")
            arguments += [value]
        }
        equal("c.game_id", game?.rawValue)
        equal("c.personality", personality)
        equal("COALESCE(c.street, a.street)", street)
        equal("COALESCE(c.action, a.action_taken)", action)
        equal(Self.verdictColumn, verdict?.rawValue)
        equal("c.parent_id", parent?.rawValue)
        for label in labels {
            parts.append("EXISTS (SELECT 1 FROM capture_label l WHERE l.capture_id = c.id AND l.label = ?)")
            arguments += [label]
        }
        if let errorType {
            if errorType == "any" {
                parts.append("(c.error IS NOT NULL OR c.error_types_json IS NOT NULL)")
            } else {
                parts.append("EXISTS (SELECT 1 FROM json_each(c.error_types_json) e WHERE e.value = ?)")
                arguments += [errorType]
            }
        }
        if let potOdds {
            parts.append("COALESCE(c.pot_odds, NULLIF(a.pot_odds, 0)) BETWEEN ? AND ?")
            arguments += [potOdds.lowerBound, potOdds.upperBound]
        }
        if let stackBB {
            parts.append("COALESCE(c.stack_bb, a.stack_bb) BETWEEN ? AND ?")
            arguments += [stackBB.lowerBound, stackBB.upperBound]
        }
        if let model {
            parts.append("(c.model = ? OR c.provider || '/' || c.model = ?)")
            arguments += [model, model]
        }
        if let since {
            parts.append("c.created_at >= ?")
            arguments += [StoreCoding.time(since)]
        }
        return (parts.isEmpty ? "1" : parts.joined(separator: " AND "), arguments)
    }

    /// The verdict of a capture: its decision analysis, or the `verdict:` label a re-run carries.
    static let verdictColumn = """
        COALESCE(a.verdict, (SELECT substr(l.label, 9) FROM capture_label l
                             WHERE l.capture_id = c.id AND l.label LIKE 'verdict:%' LIMIT 1))
        """

    /// Joins a capture to its (latest) decision analysis.
    static let analysisJoin = """
        LEFT JOIN decision_analysis a ON a.id = (SELECT max(id) FROM decision_analysis WHERE capture_id = c.id)
        """
}
