/// Draws a centred help box listing `bindings` over whatever `buffer` already shows.
///
/// Rows come from ``KeyBindings/helpRows``: key labels in one column, help text beside them. When
/// the rows do not fit one column they are laid out in two (each with its own key column); when
/// even two are too short the list is cut and the last row says how many are hidden.
public func renderHelpOverlay<Intent>(
    bindings: KeyBindings<Intent>,
    into buffer: inout ScreenBuffer,
    capabilities: TerminalCapabilities,
    title: String = "Keys",
    footer: String = "any key closes this help"
) {
    let rows = bindings.helpRows
    let room = buffer.height - 6  // the box's border, the footer and the gaps above and around it
    let columns = rows.count > room && buffer.width >= 70 ? 2 : 1
    let perColumn = (rows.count + columns - 1) / columns
    let groups = (0..<columns).map { Array(rows.dropFirst($0 * perColumn).prefix(perColumn)) }
    let widths = groups.map { group in
        (keys: group.map { DisplayWidth.of($0.keys) }.max() ?? 0, help: group.map { DisplayWidth.of($0.help) }.max() ?? 0)
    }
    let natural = widths.reduce(0) { $0 + $1.keys + 3 + $1.help } + 2 * (columns - 1)
    let contentWidth = min(buffer.width - 6, max(natural, DisplayWidth.of(footer), DisplayWidth.of(title) + 4))
    let box = buffer.bounds.centered(width: contentWidth + 4, height: perColumn + 4)
    guard box.width >= 6, box.height >= 4 else { return }
    buffer.fill(box)
    buffer.drawBox(box, glyphs: .forTerminal(capabilities, unicodeGlyphs: .rounded), title: title)
    let inner = box.inset(by: 1)
    let ellipsis = capabilities.unicode ? "\u{2026}" : "..."
    let visible = inner.height - 2  // one row each for the footer and the gap above it
    // Each column as wide as it needs; when they do not fit, the widest gives way.
    var columnWidths = widths.map { $0.keys + 3 + $0.help }
    if columns == 1 { columnWidths = [inner.width - 2] }
    while columnWidths.reduce(0, +) + 2 * (columns - 1) > inner.width - 2, let widest = columnWidths.indices.max(by: {
        columnWidths[$0] < columnWidths[$1] }), columnWidths[widest] > 8 {
        columnWidths[widest] -= 1
    }
    var x = inner.x + 1
    for (column, group) in groups.enumerated() {
        defer { x += columnWidths[column] + 2 }
        let columnWidth = columnWidths[column]
        let keyColumn = widths[column].keys
        for (index, row) in group.prefix(max(0, visible)).enumerated() {
            let y = inner.y + index
            if index == visible - 1, group.count > visible {
                buffer.write("\(ellipsis) \(group.count - visible + 1) more", at: (x, y), style: .dim)
                break
            }
            buffer.write(row.keys, at: (x, y), style: .key)
            let text = DisplayWidth.truncate(row.help, toWidth: columnWidth - keyColumn - 2, ellipsis: ellipsis)
            buffer.write(text, at: (x + keyColumn + 2, y))
        }
    }
    buffer.writeCentered(footer, y: inner.maxY - 1, in: inner, style: .dim)
}
