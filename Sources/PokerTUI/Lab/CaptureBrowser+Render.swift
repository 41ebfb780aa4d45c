import PokerAI
import PokerStore

extension CaptureBrowser {
    /// The key that means `msg` in the browser, or nil.
    public static func message(for key: Key) -> CaptureBrowserMsg? {
        switch key {
        case .up, .character("k"): .up
        case .down, .character("j"): .down
        case .right, .pageDown, .character("n"): .pageForward
        case .left, .pageUp, .character("p"): .pageBack
        case .enter: .open
        case .escape, .character("q"): .leave
        case .character("v"): .cycleVerdict
        case .character("s"): .cycleStreet
        case .character("e"): .cycleProblem
        case .character("r"): .toggleReruns
        default: nil
        }
    }

    /// The browser at `size`: the list with the selection, or the open capture's detail.
    public static func render(_ state: CaptureBrowserState, size: TerminalSize,
                              capabilities: TerminalCapabilities = .full) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let glyphs = BoxGlyphs.forTerminal(capabilities)
        if let detail = state.detail {
            let title = "Capture \(state.selectedCapture.map { String($0.id.rawValue) } ?? "")"
            buffer.drawBox(buffer.bounds, glyphs: glyphs, title: title)
            let rows = max(0, size.height - 3)
            for (offset, line) in detail.dropFirst(state.detailScroll).prefix(rows).enumerated() {
                let clean = TextSanitizer.sanitize(line).replacingOccurrences(of: "\n", with: " ")
                let shown = DisplayWidth.truncate(clean, toWidth: max(0, size.width - 4))
                let heading = clean.first?.isUppercase == true && clean.prefix { $0 != " " }.allSatisfy { $0.isUppercase || $0 == "-" }
                buffer.write(shown, at: (2, 1 + offset), style: heading ? .title : .normal)
            }
            footer(&buffer, "↑↓ scroll · Esc back to the list", size: size)
            return buffer
        }
        let kind = state.filter.kind == .reruns ? "re-runs" : "decisions"
        buffer.drawBox(buffer.bounds, glyphs: glyphs, title: "AI lab · captured \(kind)")
        let f = state.filter
        var filterLine = "verdict \(f.verdict?.rawValue ?? "any") · street \(f.street ?? "any") · problems \(f.errorType ?? "any")"
        if let page = state.page {
            filterLine += page.total == 0 ? " · none match"
                : " · \(page.offset + 1)–\(page.offset + page.captures.count) of \(page.total)"
        }
        buffer.write(DisplayWidth.truncate(filterLine, toWidth: size.width - 4), at: (2, 1), style: .dim)
        let columns = Self.columns(width: size.width - 4)
        buffer.write(Self.row(["ID", "HAND", "WHO", "STREET", "ACTION", "VERDICT", "PROBLEMS"], columns), at: (2, 2), style: .title)
        let rows = max(0, size.height - 5)
        for (index, capture) in (state.page?.captures ?? []).prefix(rows).enumerated() {
            let y = 3 + index
            let cells = [String(capture.id.rawValue), capture.handNumber.map(String.init) ?? "—",
                         TextSanitizer.sanitizeLine(capture.personality ?? "?"), capture.street ?? "—",
                         (capture.action ?? "?") + (capture.amount.map { " \($0)" } ?? ""), capture.verdict ?? "—",
                         capture.errorTypes.joined(separator: ",")]
            let selected = index == state.selected
            buffer.write(Self.row(cells, columns), at: (2, y), style: selected ? .selection : .normal)
            if !selected, let verdict = capture.verdict {
                let x = 2 + columns.prefix(5).reduce(0) { $0 + $1 + 1 }
                buffer.restyle(Rect(x: x, y: y, width: columns[5], height: 1),
                               to: verdict == "mistake" ? .error : (verdict == "correct" ? .success : .warning))
            }
        }
        if let message = state.message {
            buffer.write(DisplayWidth.truncate(TextSanitizer.sanitizeLine(message), toWidth: size.width - 4),
                         at: (2, size.height - 3), style: .error)
        }
        footer(&buffer, "↑↓ move · Enter show · v verdict · s street · e problems · r re-runs · ←→ page · q back", size: size)
        return buffer
    }

    /// Column widths for the list at `width` (WHO and PROBLEMS take what is left).
    static func columns(width: Int) -> [Int] {
        let fixed = [5, 4, 0, 7, 10, 8, 0]
        let left = max(10, width - fixed.reduce(0, +) - fixed.count)
        return [5, 4, left / 2, 7, 10, 8, left - left / 2]
    }

    static func row(_ cells: [String], _ widths: [Int]) -> String {
        zip(cells, widths).map { cell, width in
            let shown = DisplayWidth.truncate(cell, toWidth: width)
            return shown + String(repeating: " ", count: max(0, width - DisplayWidth.of(shown)))
        }.joined(separator: " ")
    }

    static func footer(_ buffer: inout ScreenBuffer, _ text: String, size: TerminalSize) {
        buffer.write(DisplayWidth.truncate(text, toWidth: max(0, size.width - 4)), at: (2, size.height - 2), style: .key)
    }
}
