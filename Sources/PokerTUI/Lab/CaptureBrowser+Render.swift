import PokerEngine
import PokerStore

extension CaptureBrowser {
    /// The browser at `size`: the list with the selection, or the open capture's detail. Every
    /// text from the database (LLM answers included) is sanitized before it is drawn.
    public static func render(_ state: CaptureBrowserState, size: TerminalSize,
                              capabilities: TerminalCapabilities = .full) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let glyphs = BoxGlyphs.forTerminal(capabilities)
        if let detail = state.detail {
            renderDetail(detail, state, into: &buffer, glyphs: glyphs)
            return buffer
        }
        let kind = state.filter.kind == .reruns ? "re-runs" : "decisions"
        buffer.drawBox(buffer.bounds, glyphs: glyphs, title: "AI lab \u{00B7} captured \(kind)")
        buffer.write(DisplayWidth.truncate(filterLine(state), toWidth: size.width - 4), at: (2, 1), style: .dim)
        let columns = Self.columns(width: size.width - 4)
        buffer.write(Self.row(["ID", "HAND", "WHO", "STREET", "ACTION", "VERDICT", "PROBLEMS"], columns), at: (2, 2), style: .title)
        let rows = max(1, size.height - 6)
        let captures = state.page?.captures ?? []
        let top = max(0, min(state.selected - rows + 1, captures.count - rows))
        for (index, capture) in captures.enumerated().dropFirst(top).prefix(rows) {
            let y = 3 + index - top
            let cells = [String(capture.id.rawValue), capture.handNumber.map(String.init) ?? "\u{2014}",
                         capture.personality ?? "?", capture.street ?? "\u{2014}",
                         (capture.action ?? "?") + (capture.amount.map { " \($0)" } ?? ""), capture.verdict ?? "\u{2014}",
                         capture.errorTypes.joined(separator: ",")]
            let selected = index == state.selected
            buffer.write(Self.row(cells, columns), at: (2, y), style: selected ? .selection : .normal)
            if !selected, let verdict = capture.verdict {
                let x = 2 + columns.prefix(5).reduce(0) { $0 + $1 + 1 }
                buffer.restyle(Rect(x: x, y: y, width: columns[5], height: 1),
                               to: verdict == "mistake" ? .error : (verdict == "correct" ? .success : .warning))
            }
        }
        if let page = state.page, page.total == 0 {
            let empty = state.filter != emptyFilter(state.filter) ? "No captures match these filters."
                : state.filter.kind == .reruns ? "No re-runs yet: pokerface lab rerun ID makes them."
                : "No captures yet: games with LLM seats record every decision here."
            buffer.write(DisplayWidth.truncate(empty, toWidth: size.width - 4), at: (2, 3), style: .dim)
        } else if state.page == nil, state.message == nil {
            buffer.write("Loading\u{2026}", at: (2, 3), style: .dim)
        }
        if let message = state.message {
            buffer.write(DisplayWidth.truncate(TextSanitizer.sanitizeLine(message), toWidth: size.width - 4),
                         at: (2, size.height - 3), style: .error)
        }
        footer(&buffer, "\u{2191}\u{2193} move \u{00B7} Enter show \u{00B7} \u{2190}\u{2192} page \u{00B7} r re-runs \u{00B7} "
               + "Esc back \u{00B7} ? help \u{00B7} q quit", size: size)
        return buffer
    }

    /// "v verdict any · s street any · e problems any · 1–50 of 55": the filters with their keys.
    static func filterLine(_ state: CaptureBrowserState) -> String {
        let f = state.filter
        var line = "v verdict \(f.verdict?.rawValue ?? "any") \u{00B7} s street \(f.street ?? "any") \u{00B7} "
            + "e problems \(f.errorType ?? "any")"
        if let page = state.page, page.total > 0 {
            line += " \u{00B7} \(page.offset + 1)\u{2013}\(page.offset + page.captures.count) of \(page.total)"
        } else if state.page != nil {
            line += " \u{00B7} none match"
        }
        return line
    }

    /// `filter` with the browser's own filters (verdict, street, problems, paging) cleared.
    static func emptyFilter(_ filter: CaptureFilter) -> CaptureFilter {
        var empty = filter
        empty.verdict = nil
        empty.street = nil
        empty.errorType = nil
        empty.offset = 0
        return empty
    }

    /// Column widths for the list at `width` (WHO and PROBLEMS share what is left, 3 to 2).
    static func columns(width: Int) -> [Int] {
        let fixed = [5, 4, 0, 7, 10, 8, 0]
        let left = max(10, width - fixed.reduce(0, +) - fixed.count)
        return [5, 4, left * 3 / 5, 7, 10, 8, left - left * 3 / 5]
    }

    /// One list row: each cell sanitized, cut to its column and padded.
    static func row(_ cells: [String], _ widths: [Int]) -> String {
        zip(cells, widths).map { cell, width in
            let shown = DisplayWidth.truncate(TextSanitizer.sanitizeLine(cell), toWidth: width)
            return shown + String(repeating: " ", count: max(0, width - DisplayWidth.of(shown)))
        }.joined(separator: " ")
    }

    static func footer(_ buffer: inout ScreenBuffer, _ text: String, size: TerminalSize) {
        buffer.write(DisplayWidth.truncate(text, toWidth: max(0, size.width - 4)), at: (2, size.height - 2), style: .key)
    }
}
