/// Terminal column widths, measured the way glibc's `wcwidth` (and therefore ncurses and tmux)
/// measure them: East Asian wide/fullwidth characters and emoji presentation characters take two
/// columns, combining marks none, everything else printable one.
///
/// Graphemes are first reduced to something every terminal draws the same way (see
/// ``displayable(_:)``): variation selectors, joiners and other multi-character emoji sequences are
/// where terminals and `wcwidth` disagree, so they are split or dropped rather than guessed at.
public enum DisplayWidth {
    /// The number of columns `text` occupies once each grapheme is made ``displayable(_:)``.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text {
            if let shown = displayable(character) { total += columns(shown) }
        }
        return total
    }

    /// Columns of one grapheme as drawn: 0 when it is dropped, otherwise 1 or 2.
    public static func of(_ character: Character) -> Int {
        displayable(character).map(columns) ?? 0
    }

    /// The grapheme the screen will actually hold, or `nil` when it has nothing to draw.
    ///
    /// Keeps the first scalar plus the zero-width marks that combine with it; drops variation
    /// selectors (`♥️` becomes the one-column `♥`), zero-width joiners and any further spacing scalars
    /// (skin-tone modifiers, the second half of ZWJ sequences). Control and format characters
    /// yield `nil`; unassigned and private-use scalars become U+FFFD.
    public static func displayable(_ character: Character) -> Character? {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return nil }
        switch first.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .nonspacingMark, .enclosingMark:
            return nil
        case .unassigned, .privateUse, .surrogate:
            return "\u{FFFD}"
        default:
            if isZeroWidthMark(first) { return nil }  // a conjoining vowel or final on its own
        }
        if scalars.count == 1 { return character }
        var kept = String.UnicodeScalarView()
        kept.append(first)
        for scalar in scalars.dropFirst() where isZeroWidthMark(scalar) {
            kept.append(scalar)
        }
        return Character(String(kept))
    }

    /// Columns of a grapheme already reduced by ``displayable(_:)``.
    static func columns(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        return isWide(first) ? 2 : 1
    }

    /// True for scalars drawn two columns wide.
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        if (0x1F1E6...0x1F1FF).contains(value) { return false }  // regional indicators: 1 in glibc
        if scalar.properties.isEmojiPresentation { return true }
        return wideRanges.contains { $0.contains(value) }
    }

    /// Scalars that occupy no column of their own when they follow a base character.
    static func isZeroWidthMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFE00...0xFE0F, 0x200B...0x200F: return false  // variation selectors, ZWSP, joiners, marks
        case 0x1160...0x11FF, 0xD7B0...0xD7FF: return true    // Hangul conjoining vowels and finals
        default:
            let category = scalar.properties.generalCategory
            return category == .nonspacingMark || category == .enclosingMark
        }
    }

    /// East Asian Wide and Fullwidth blocks (Unicode EastAsianWidth.txt, W and F), coarsened to blocks.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x16FE0...0x16FFF, 0x17000...0x18DFF, 0x1AFF0...0x1B2FF, 0x1F200...0x1F2FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// Cuts `text` to at most `width` columns, ending with `ellipsis` when something was cut.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        guard room >= 0 else { return "" }
        var result = "", used = 0
        for character in text {
            let w = of(character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        return result + ellipsis
    }
}
