extension ScreenBuffer {
    /// The screen as plain text, one line per row, trailing spaces trimmed; for snapshot tests.
    public func textDump() -> String {
        rows { cell in cell.isContinuation ? nil : cell.character }
            .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n")
    }

    /// The styles as one letter per column (``Style/letter``; `.` for ``Style/normal``), trailing
    /// `.` trimmed; line for line with ``textDump()``. A wide character's second column repeats
    /// its letter.
    public func styledDump() -> String {
        rows { cell in cell.style.letter }
            .map { line in String(line.reversed().drop { $0 == "." }.reversed()) }
            .joined(separator: "\n")
    }

    private func rows(_ transform: (Cell) -> Character?) -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width {
                if let character = transform(self[x, y]) { line.append(character) }
            }
            return line
        }
    }
}
