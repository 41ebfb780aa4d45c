extension ScreenBuffer {
    /// Fills `rect` (clipped) with `character` in `style`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .normal) {
        let text = String(repeating: character, count: max(0, rect.width / max(1, DisplayWidth.of(character))))
        for y in rect.y..<rect.maxY {
            write(text, at: (rect.x, y), style: style)
        }
    }

    /// Draws a horizontal run of `character` starting at (x, y).
    public mutating func horizontalLine(x: Int, y: Int, length: Int, character: Character, style: Style = .normal) {
        guard length > 0 else { return }
        write(String(repeating: character, count: length), at: (x, y), style: style)
    }

    /// Draws a vertical run of `character` starting at (x, y).
    public mutating func verticalLine(x: Int, y: Int, length: Int, character: Character, style: Style = .normal) {
        guard length > 0 else { return }
        for row in y..<(y + length) {
            write(String(character), at: (x, row), style: style)
        }
    }

    /// Draws a border around the edge of `rect` (at least 2×2), with an optional title set into
    /// the top edge as `┌─ Title ───┐`. The inside is left untouched.
    public mutating func drawBox(
        _ rect: Rect, glyphs: BoxGlyphs, style: Style = .border,
        title: String? = nil, titleStyle: Style = .title
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let inner = rect.width - 2
        write(String(glyphs.topLeft), at: (rect.x, rect.y), style: style)
        horizontalLine(x: rect.x + 1, y: rect.y, length: inner, character: glyphs.horizontal, style: style)
        write(String(glyphs.topRight), at: (rect.maxX - 1, rect.y), style: style)
        verticalLine(x: rect.x, y: rect.y + 1, length: rect.height - 2, character: glyphs.vertical, style: style)
        verticalLine(x: rect.maxX - 1, y: rect.y + 1, length: rect.height - 2, character: glyphs.vertical, style: style)
        write(String(glyphs.bottomLeft), at: (rect.x, rect.maxY - 1), style: style)
        horizontalLine(x: rect.x + 1, y: rect.maxY - 1, length: inner, character: glyphs.horizontal, style: style)
        write(String(glyphs.bottomRight), at: (rect.maxX - 1, rect.maxY - 1), style: style)
        if let title, inner >= 5 {
            let shown = DisplayWidth.truncate(title, toWidth: inner - 4, ellipsis: "")
            write(" " + shown + " ", at: (rect.x + 2, rect.y), style: titleStyle)
        }
    }

    /// Writes `text` centred horizontally in `rect`'s columns on row `y`.
    /// - Returns: the column where the text starts.
    @discardableResult
    public mutating func writeCentered(_ text: String, y: Int, in rect: Rect? = nil, style: Style = .normal) -> Int {
        let area = rect ?? bounds
        let x = area.x + max(0, (area.width - DisplayWidth.of(text)) / 2)
        let shown = DisplayWidth.truncate(text, toWidth: area.maxX - x, ellipsis: "")
        write(shown, at: (x, y), style: style)
        return x
    }

    /// Paints `style` over the cells of `rect` (clipped) without changing their characters.
    public mutating func restyle(_ rect: Rect, to style: Style) {
        let top = max(0, rect.y), bottom = min(height, rect.maxY)
        let left = max(0, rect.x), right = min(width, rect.maxX)
        guard top < bottom, left < right else { return }
        for y in top..<bottom {
            for x in left..<right { cells[y * width + x].style = style }
        }
    }
}
