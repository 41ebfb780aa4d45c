/// Draws a centred help box listing `bindings` over whatever `buffer` already shows.
///
/// Rows come from ``KeyBindings/helpRows``: key labels in one column, help text beside them. When
/// the screen is too short the list is cut and the last row says how many are hidden.
public func renderHelpOverlay<Intent>(
    bindings: KeyBindings<Intent>,
    into buffer: inout ScreenBuffer,
    capabilities: TerminalCapabilities,
    title: String = "Keys",
    footer: String = "any key closes this help"
) {
    let rows = bindings.helpRows
    let keyColumn = rows.map { DisplayWidth.of($0.keys) }.max() ?? 0
    let helpColumn = rows.map { DisplayWidth.of($0.help) }.max() ?? 0
    let contentWidth = max(keyColumn + 3 + helpColumn, DisplayWidth.of(footer), DisplayWidth.of(title) + 4)
    let box = buffer.bounds.centered(width: contentWidth + 4, height: rows.count + 4)
    guard box.width >= 6, box.height >= 4 else { return }
    buffer.fill(box)
    buffer.drawBox(box, glyphs: .forTerminal(capabilities, unicodeGlyphs: .rounded), title: title)
    let inner = box.inset(by: 1)
    let ellipsis = capabilities.unicode ? "…" : "..."
    let visible = inner.height - 2  // one row each for the footer and the gap above it
    for (index, row) in rows.prefix(max(0, visible)).enumerated() {
        let y = inner.y + index
        if index == visible - 1, rows.count > visible {
            buffer.write("\(ellipsis) \(rows.count - visible + 1) more", at: (inner.x + 1, y), style: .dim)
            break
        }
        buffer.write(row.keys, at: (inner.x + 1, y), style: .key)
        let text = DisplayWidth.truncate(row.help, toWidth: inner.width - keyColumn - 4, ellipsis: ellipsis)
        buffer.write(text, at: (inner.x + 1 + keyColumn + 2, y))
    }
    buffer.writeCentered(footer, y: inner.maxY - 1, in: inner, style: .dim)
}
