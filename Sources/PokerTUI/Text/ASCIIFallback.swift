import Foundation

/// Punctuation and symbols the screens use, spelt in ASCII for terminals without Unicode (where
/// the curses layer would otherwise draw `?`).
public enum ASCIIFallback {
    static let replacements: [Character: String] = [
        "\u{00B7}": "-", "\u{201C}": "\"", "\u{201D}": "\"", "\u{2018}": "'", "\u{2019}": "'",
        "\u{2026}": "...", "\u{2014}": "-", "\u{2013}": "-", "\u{00BD}": "1/2", "\u{00BE}": "3/4",
        "\u{00BC}": "1/4", "\u{00D7}": "x", "\u{25B6}": ">", "\u{25C0}": "<", "\u{2192}": "->", "\u{2190}": "<-",
        "\u{2191}": "^", "\u{2193}": "v", "\u{2668}": "!", "\u{2591}": "#", "\u{2588}": "#", "\u{258F}": "_",
        "\u{2022}": "*", "\u{25CF}": "o", "\u{2605}": "*", "\u{2713}": "x", "\u{2500}": "-", "\u{2502}": "|",
        "\u{2501}": "=", "\u{2550}": "=", "\u{2660}": "s", "\u{2665}": "h", "\u{2666}": "d", "\u{2663}": "c",
        "\u{00A0}": " ", "\u{270E}": "*",
    ]

    /// `text` in ASCII: the known symbols replaced, accents dropped (`Brûlé` → `Brule`), anything
    /// else `?` (one column per character, as the terminal would have drawn it).
    public static func transliterate(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !$0.isASCII }) else { return text }
        var out = ""
        for character in text {
            if character.isASCII {
                out.append(character)
            } else if let replacement = replacements[character] {
                out += replacement
            } else {
                let folded = String(character).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
                out += folded.unicodeScalars.allSatisfy(\.isASCII) && !folded.isEmpty ? folded
                    : String(repeating: "?", count: max(1, DisplayWidth.of(character)))
            }
        }
        return out
    }
}

extension TerminalCapabilities {
    /// `text` as this terminal can show it: unchanged with Unicode, transliterated otherwise.
    public func text(_ text: String) -> String {
        unicode ? text : ASCIIFallback.transliterate(text)
    }
}

extension String {
    /// The string without leading and trailing spaces.
    var trimmedSpaces: String {
        var copy = Substring(self)
        while copy.first == " " { copy.removeFirst() }
        while copy.last == " " { copy.removeLast() }
        return String(copy)
    }
}

extension ScreenBuffer {
    /// The frame with every cell ASCII (for terminals without Unicode): each non-ASCII character
    /// becomes one ASCII character (`é` → `e`, `…` → `.`, anything else `?`), and the second half
    /// of a wide character a space, so the text lines up exactly as the terminal will draw it.
    public func asciiOnly() -> ScreenBuffer {
        var copy = self
        for index in copy.cells.indices {
            let cell = copy.cells[index]
            if cell.isContinuation {
                copy.cells[index] = Cell(" ", style: cell.style)
                continue
            }
            guard !cell.character.isASCII else { continue }
            let text = ASCIIFallback.transliterate(String(cell.character))
            copy.cells[index] = Cell(text.first ?? "?", style: cell.style)
        }
        return copy
    }
}
