import Foundation
import PokerAI
import PokerGame
import PokerStore

extension CapturePage {
    /// The page as a table, newest first, with a paging line.
    public var text: String {
        guard !captures.isEmpty else {
            return total == 0 ? "No captures match.\n" : "No captures on this page (\(total) match; lower --offset).\n"
        }
        let time = DateFormatter()
        time.locale = Locale(identifier: "en_US_POSIX")
        time.timeZone = TimeZone(identifier: "UTC")
        time.dateFormat = "MM-dd HH:mm"
        var rows = [["ID", "WHEN", "GAME", "HAND", "WHO", "STREET", "ACTION", "VERDICT", "EV LOST", "ODDS", "BB", "MODEL",
                     "PROBLEMS", "LABELS"]]
        for c in captures {
            let labels = c.labels.filter { !$0.hasPrefix("verdict:") }
            rows.append([
                String(c.id.rawValue), time.string(from: c.createdAt), c.game.map { String($0.rawValue) } ?? "—",
                c.handNumber.map(String.init) ?? "—", LabText.line(c.personality ?? "?", limit: 22), c.street ?? "—",
                (c.action ?? "?") + (c.amount.map { " \($0)" } ?? ""), c.verdict ?? "—",
                c.verdict == "mistake" ? LabText.decimal(c.evLostBB) : "", c.potOdds.map { LabText.percent($0) } ?? "",
                LabText.decimal(c.stackBB), LabText.line("\(c.provider)/\(c.model)", limit: 28),
                c.errorTypes.joined(separator: ","), LabText.line(labels.joined(separator: ","), limit: 40),
            ])
        }
        let last = offset + captures.count
        var footer = "Showing \(offset + 1)–\(last) of \(total), newest first."
        if last < total { footer += " Next page: --offset \(last)" }
        return LabText.table(rows, rightAligned: [0, 3, 8, 9, 10]) + "\n" + footer + "\n"
    }
}
