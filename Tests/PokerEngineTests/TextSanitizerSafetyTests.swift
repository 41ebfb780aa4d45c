import Foundation
import PokerEngine
import Testing

/// The parts of the one sanitiser that are not drawing: refusing control characters in names and
/// fields, and escaping what `JSONEncoder` leaves raw.
@Suite struct TextSanitizerSafetyTests {
    @Test(arguments: [
        ("Eve\u{1B}[31m", 4, 0x1B), ("\u{07}bell", 1, 0x07), ("cr\r", 3, 0x0D), ("nul\u{0}", 4, 0x00),
        ("c1\u{9B}2J", 3, 0x9B), ("ab\u{202E}cd", 3, 0x202E), ("x\u{2066}y\u{2069}", 2, 0x2066),
        ("\u{200E}mark", 1, 0x200E), ("Zoë\u{200F}", 4, 0x200F), ("tag\u{E0041}", 3, 0xE0041),
        // A tag character extends the "g" before it: positions count characters as the user sees them.
        ("tab\there", 4, 0x09), ("bom\u{FEFF}", 4, 0xFEFF),
    ] as [(String, Int, UInt32)])
    func refusesTheFirstControlCharacterWithItsPosition(text: String, position: Int, value: UInt32) throws {
        let found = try #require(TextSanitizer.firstRefused(in: text))
        #expect(found.position == position && found.scalar.value == value)
        let sentence = try #require(TextSanitizer.refusal(of: text, field: "--name"))
        #expect(sentence.hasPrefix("--name contains the control character \(TextSanitizer.codePoint(found.scalar)) at character \(position);"))
        #expect(!sentence.unicodeScalars.contains { $0.value == value }, "the sentence never echoes the character")
    }

    @Test(arguments: ["Brûlé", "Zoë 🎲", "👨‍👩‍👧 family", "می‌خواهم", "日本語", "O'Brien-Smith (2)"])
    func acceptsPrintableTextEmojiAndJoiners(text: String) {
        #expect(TextSanitizer.firstRefused(in: text) == nil)
        #expect(TextSanitizer.refusal(of: text, field: "name") == nil)
    }

    @Test func codePointsAreWrittenWithFourDigitsAtLeast() {
        #expect(TextSanitizer.codePoint("\u{1B}") == "U+001B")
        #expect(TextSanitizer.codePoint("\u{202E}") == "U+202E")
        #expect(TextSanitizer.codePoint("\u{E0041}") == "U+E0041")
    }

    @Test func jsonEscapingLeavesNoDangerousScalarAndDecodesToTheSameStrings() throws {
        let hostile = ["\u{1B}]0;x\u{07}a\r\u{9B}2J\u{202E}b\u{2066}\u{200E}\u{E0041}\u{85}", "plain ✓"]
        let encoded = String(decoding: try JSONEncoder().encode(hostile), as: UTF8.self)
        #expect(encoded.unicodeScalars.contains { $0.value == 0x9B }, "JSONEncoder alone leaves U+009B raw")
        let escaped = TextSanitizer.escapeForJSON(encoded)
        #expect(!escaped.unicodeScalars.contains { TextSanitizer.isForbidden($0) })
        for expected in ["\\u009b", "\\u202e", "\\u2066", "\\u200e", "\\udb40\\udc41", "\\u0085"] {
            #expect(escaped.contains(expected), "\(expected) in \(escaped)")
        }
        #expect(try JSONDecoder().decode([String].self, from: Data(escaped.utf8)) == hostile)
    }

    @Test func jsonEscapingKeepsTheLayoutOfPrettyPrintedJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let encoded = String(decoding: try encoder.encode(["a": "\u{202E}", "b": "ok"]), as: UTF8.self)
        let escaped = TextSanitizer.escapeForJSON(encoded)
        #expect(escaped == encoded.replacingOccurrences(of: "\u{202E}", with: "\\u202e"))
        #expect(escaped.contains("\n"))
    }
}
