/// Small text rules for table talk: a `*gesture*` is text between a pair of asterisks, anything
/// outside asterisks is speech.
public enum GestureText {
    /// Whether `text` is exactly one gesture: `*…*` with something inside and no other asterisks.
    public static func isSingleGesture(_ text: String) -> Bool {
        text.count >= 3 && text.first == "*" && text.last == "*" && text.filter { $0 == "*" }.count == 2
            && text.dropFirst().dropLast().contains { !$0.isWhitespace }
    }

    /// Whether every `*` has a partner.
    public static func hasBalancedAsterisks(_ text: String) -> Bool {
        text.filter { $0 == "*" }.count.isMultiple(of: 2)
    }

    /// The text with every gesture removed.
    public static func speech(in text: String) -> String {
        var result = ""
        var inGesture = false
        for character in text {
            if character == "*" { inGesture.toggle() } else if !inGesture { result.append(character) }
        }
        return result
    }

    /// Whether anything outside the gestures is a word (a letter or digit), not just punctuation.
    public static func hasSpeech(_ text: String) -> Bool {
        speech(in: text).contains { $0.isLetter || $0.isNumber }
    }

    /// Whether `text` is one emoji (one grapheme cluster that renders as emoji; not a plain
    /// letter, digit or symbol).
    public static func isSingleEmoji(_ text: String) -> Bool {
        guard text.count == 1, let first = text.unicodeScalars.first else { return false }
        return text.unicodeScalars.contains { $0.properties.isEmojiPresentation }
            || (first.properties.isEmoji && first.value > 0x7F)
    }
}
