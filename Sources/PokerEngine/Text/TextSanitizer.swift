/// Makes untrusted text (LLM answers, personality files, hand histories) safe to draw.
///
/// Everything a terminal could interpret is removed: C0 and C1 control characters, whole escape
/// sequences (CSI, OSC ending in BEL or ST, DCS/SOS/PM/APC strings, SS2/SS3, two-byte escapes, lone
/// ESC) in both their 7-bit (`ESC [`) and 8-bit (`U+009B`) forms, bidirectional overrides and
/// isolates, zero-width characters and joiners, and invisible tag characters. Tabs become spaces,
/// CR is dropped, and newlines survive unless ``sanitizeLine(_:)`` is used. Printable Unicode,
/// emoji included, is kept.
public enum TextSanitizer {
    /// The text with every control character and escape sequence removed; keeps `\n`.
    public static func sanitize(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var scanner = EscapeScanner()
        for scalar in text.unicodeScalars {
            if let kept = scanner.consume(scalar) { output.append(kept) }
        }
        return String(output)
    }

    /// Like ``sanitize(_:)`` but on one line: newlines become spaces and runs of spaces collapse.
    public static func sanitizeLine(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for character in sanitize(text) {
            let isSpace = character == " " || character == "\n"
            if isSpace, lastWasSpace { continue }
            result.append(isSpace ? " " : character)
            lastWasSpace = isSpace
        }
        return result
    }

    /// True for scalars dropped wherever they appear (outside escape sequences).
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true          // C0, DEL, C1 (the caller keeps \n and maps \t)
        case 0x200B...0x200F: true                    // zero-width space, ZWNJ, ZWJ, LRM, RLM
        case 0x202A...0x202E, 0x2066...0x2069: true   // bidi embeddings, overrides, isolates
        case 0x061C, 0x2060...0x2064, 0xFEFF: true    // Arabic letter mark, word joiner, invisible operators, BOM
        case 0xFFF9...0xFFFB: true                    // interlinear annotation controls
        case 0xE0000...0xE007F: true                  // tag characters ("invisible ASCII")
        default: false
        }
    }
}
