import Foundation
import PokerAI
import PokerEngine

/// Plain-text helpers for the AI lab's terminal output: untrusted text made safe to print,
/// numbers in a fixed style, and left-aligned tables.
public enum LabText {
    /// `text` through the one sanitiser (``TextSanitizer/sanitize(_:)``): escape sequences, control
    /// characters and bidirectional overrides removed, tabs as spaces, newlines kept, so an LLM's
    /// answer cannot move the cursor, recolour or retitle the terminal.
    public static func safe(_ text: String) -> String { TextSanitizer.sanitize(text) }

    /// One line: `safe`, newlines and tabs as spaces, capped at `limit` characters.
    public static func line(_ text: String, limit: Int = 200) -> String {
        let flat = safe(text).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
        return flat.count > limit ? String(flat.prefix(max(1, limit - 1))) + "…" : flat
    }

    /// Every line of `text` (made safe) indented by `spaces`.
    public static func indent(_ text: String, by spaces: Int = 2) -> String {
        safe(text).split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(repeating: " ", count: spaces) + $0 }.joined(separator: "\n")
    }

    /// "$0.000123", "$1.24", or "—" when unknown.
    public static func money(_ usd: Double?) -> String {
        guard let usd else { return "—" }
        if usd == 0 { return "$0" }
        return usd < 0.01 ? String(format: "$%.6f", usd) : String(format: "$%.4f", usd)
    }

    /// "41%", or "—".
    public static func percent(_ value: Double?) -> String {
        value.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
    }

    /// "4.2", or "—".
    public static func decimal(_ value: Double?, digits: Int = 1) -> String {
        value.map { String(format: "%.\(digits)f", $0) } ?? "—"
    }

    /// "12,345".
    public static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// Left-aligned columns separated by two spaces (`rightAligned` columns are right-aligned),
    /// trailing spaces trimmed.
    public static func table(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            var cells: [String] = []
            for (index, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: max(0, widths[index] - cell.count))
                cells.append(rightAligned.contains(index) ? pad + cell : cell + pad)
            }
            var line = cells.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
