import PokerEngine

extension TextSanitizer {
    /// Word-wraps `text` into lines of at most `width` display columns.
    ///
    /// Newlines start new lines (an empty line stays empty), runs of spaces collapse, and a word
    /// wider than `width` is broken between graphemes. Widths are measured with ``DisplayWidth``,
    /// so wide characters and emoji count two columns. Sanitize untrusted text first.
    /// - Returns: the lines, or `[]` when `width` is less than 1.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width >= 1 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ") {
                let wordWidth = DisplayWidth.of(word)
                if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                if wordWidth <= width {
                    line = String(word)
                    lineWidth = wordWidth
                    continue
                }
                for character in word {
                    let columns = DisplayWidth.of(character)
                    if lineWidth + columns > width, lineWidth > 0 {
                        lines.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    line.append(character)
                    lineWidth += columns
                }
            }
            lines.append(line)
        }
        return lines
    }
}
