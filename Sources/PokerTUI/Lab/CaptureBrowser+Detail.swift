import PokerEngine

extension CaptureBrowser {
    /// One screen row of an open capture: sanitized text and whether it is a section heading.
    struct DetailRow: Hashable, Sendable {
        var text: String
        var heading: Bool
    }

    /// Where the open capture's text goes on a screen of `size` (inside the box, above the footer).
    static func detailViewport(_ size: TerminalSize) -> Rect {
        Rect(x: 2, y: 1, width: max(1, size.width - 4), height: max(1, size.height - 3))
    }

    /// The capture's lines made safe to draw and wrapped to `width`; a wrapped line keeps its
    /// indent, and a line that fits is kept as it is (so the text's tables stay aligned).
    static func detailRows(_ lines: [String], width: Int) -> [DetailRow] {
        let width = max(1, width)
        var rows: [DetailRow] = []
        for line in lines {
            let clean = TextSanitizer.sanitize(line).replacingOccurrences(of: "\n", with: " ")
            let firstWord = clean.prefix { $0 != " " }
            let heading = !firstWord.isEmpty && firstWord.allSatisfy { $0.isUppercase || $0 == "-" }
            guard DisplayWidth.of(clean) > width else {
                rows.append(DetailRow(text: clean, heading: heading))
                continue
            }
            let indent = min(clean.prefix { $0 == " " }.count, width / 2)
            let pad = String(repeating: " ", count: indent)
            for (index, piece) in TextSanitizer.wrap(String(clean.dropFirst(indent)), width: width - indent).enumerated() {
                rows.append(DetailRow(text: pad + piece, heading: heading && index == 0))
            }
        }
        return rows
    }

    /// Scrolls the open capture by `rows` (negative: up), keeping the last page in view.
    static func scrollDetail(_ state: inout CaptureBrowserState, by rows: Int) {
        guard let detail = state.detail else { return }
        let viewport = detailViewport(state.size)
        let last = max(0, detailRows(detail, width: viewport.width).count - viewport.height)
        state.detailScroll = min(last, max(0, state.detailScroll + rows))
    }

    /// The open capture: its text scrolled to `detailScroll`, headings in the title style.
    static func renderDetail(_ detail: [String], _ state: CaptureBrowserState, into buffer: inout ScreenBuffer,
                             glyphs: BoxGlyphs) {
        let title = "Capture \(state.selectedCapture.map { String($0.id.rawValue) } ?? "")"
        buffer.drawBox(buffer.bounds, glyphs: glyphs, title: title)
        let viewport = detailViewport(buffer.size)
        let rows = detailRows(detail, width: viewport.width)
        let scroll = min(state.detailScroll, max(0, rows.count - viewport.height))
        for (offset, row) in rows.dropFirst(scroll).prefix(viewport.height).enumerated() {
            buffer.write(DisplayWidth.truncate(row.text, toWidth: viewport.width), at: (viewport.x, viewport.y + offset),
                         style: row.heading ? .title : .normal)
        }
        var footer = "\u{2191}\u{2193} scroll \u{00B7} PgUp/PgDn page \u{00B7} Esc back to the list \u{00B7} ? help \u{00B7} q quit"
        if rows.count > viewport.height {
            footer += " \u{00B7} \(min(rows.count, scroll + viewport.height))/\(rows.count)"
        }
        Self.footer(&buffer, footer, size: buffer.size)
    }
}
