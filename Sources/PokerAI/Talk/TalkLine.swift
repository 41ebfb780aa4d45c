/// Turns a canned line into beats, and puts emoji in or takes them out.
public enum TalkLine {
    /// The beats of a line, in order: `"*tips hat* Evening, partner."` is a gesture then speech.
    /// Text between a pair of asterisks is a gesture; an unpaired `*` is kept as text.
    public static func beats(_ line: String) -> [TalkBeat] {
        guard GestureText.hasBalancedAsterisks(line) else { return [TalkBeat(kind: .speech, text: tidy(line))] }
        var beats: [TalkBeat] = []
        var current = ""
        var inGesture = false
        func flush() {
            let text = tidy(current)
            if !text.isEmpty, inGesture || text.contains(where: { $0.isLetter || $0.isNumber || !$0.isASCII }) {
                beats.append(TalkBeat(kind: inGesture ? .gesture : .speech, text: text))
            } else if !text.isEmpty, let last = beats.indices.last, beats[last].kind == .speech {
                beats[last].text += text
            }
            current = ""
        }
        for character in line {
            if character == "*" {
                flush()
                inGesture.toggle()
            } else {
                current.append(character)
            }
        }
        flush()
        return beats
    }

    /// Whether the line is gestures only (no words outside asterisks).
    public static func isGestureOnly(_ line: String) -> Bool {
        GestureText.hasBalancedAsterisks(line) && !GestureText.hasSpeech(line) && line.contains("*")
    }

    /// `text` without emoji (and without the spaces they leave).
    public static func removingEmoji(_ text: String) -> String {
        tidy(String(text.filter { !GestureText.isSingleEmoji(String($0)) }))
    }

    /// Whether `text` holds an emoji.
    public static func containsEmoji(_ text: String) -> Bool {
        text.contains { GestureText.isSingleEmoji(String($0)) }
    }

    /// Collapses runs of spaces and trims.
    static func tidy(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
