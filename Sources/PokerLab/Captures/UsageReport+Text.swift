import PokerAI
import PokerGame
import PokerStore

extension UsageReport {
    /// One row per group and the total.
    public var text: String {
        guard total.calls > 0 else { return "No LLM calls recorded" + (query.game.map { " for game \($0.rawValue)" } ?? "") + ".\n" }
        let title = switch query.grouping {
        case .model: "MODEL"
        case .personality: "PERSONALITY"
        case .day: "DAY (UTC)"
        case .callType: "CALL TYPE"
        case .game: "GAME"
        }
        var rows = [[title, "CALLS", "DECISIONS", "TOKENS IN", "TOKENS OUT", "COST", "P50 MS", "P95 MS", "ERRORS"]]
        for summary in groups + [total] {
            rows.append([LabText.line(summary.key, limit: 40), LabText.count(summary.calls), LabText.count(summary.decisions),
                         LabText.count(summary.inputTokens), LabText.count(summary.outputTokens),
                         LabText.money(summary.costUSD) + (summary.unpricedCalls > 0 ? "*" : ""),
                         LabText.count(summary.latencyP50Ms), LabText.count(summary.latencyP95Ms),
                         "\(LabText.count(summary.errors)) (\(LabText.decimal(summary.errorRate * 100))%)"])
        }
        var out = LabText.table(rows, rightAligned: Set(1...8)) + "\n"
        if total.unpricedCalls > 0 {
            out += "* \(total.unpricedCalls) call\(total.unpricedCalls == 1 ? " has" : "s have") no known price "
                + "(local models are free; add prices with the pricing file).\n"
        }
        return out
    }
}
