import HandHistory
import Testing

/// The strict TOML reader: the subset PHH and experiment files use reads exactly; every malformed
/// text — including the inputs that killed the process through the old C++ library's assertions —
/// is one error with a line and a column.
@Suite struct TOMLReaderTests {
    @Test func readsTheSubsetPokerFaceFilesUse() throws {
        let text = """
        # a comment
        name = "mini" # trailing
        'literal key' = 'C:\\path'
        count = 1_000
        hex = 0xff
        negative = -17
        ratio = 1.5e3
        flag = true
        when = 1979-05-27T07:32:00Z
        list = [1, 2,
          3, # inside
        ]
        inline = { seat = 0, model = "nano" }
        escaped = "tab\\tquote\\"\\u00e9"
        multi = \"\"\"
        one \\
          two\"\"\"
        [table.sub]
        key = 2
        [[seats]]
        label = "a"
        [[seats]]
        label = "b"
        [seats.extra]
        x = 1
        """
        let root = try TOMLReader.parse(text)
        #expect(root["name"] == .string("mini"))
        #expect(root["literal key"] == .string("C:\\path"))
        #expect(root["count"] == .integer(1000))
        #expect(root["hex"] == .integer(255))
        #expect(root["negative"] == .integer(-17))
        #expect(root["ratio"] == .float(1500))
        #expect(root["flag"] == .bool(true))
        #expect(root["when"] == .dateTime("1979-05-27T07:32:00Z"))
        #expect(root["list"] == .array([.integer(1), .integer(2), .integer(3)]))
        #expect(root["inline"] == .table(["seat": .integer(0), "model": .string("nano")]))
        #expect(root["escaped"] == .string("tab\tquote\"é"))
        #expect(root["multi"] == .string("one two"))
        #expect(root["table"]?.table?["sub"]?.table?["key"] == .integer(2))
        let seats = try #require(root["seats"]?.array)
        #expect(seats.count == 2)
        #expect(seats[1].table?["label"] == .string("b"))
        #expect(seats[1].table?["extra"]?.table?["x"] == .integer(1))
    }

    /// Each of these is refused with a message (the first is the 3-byte file that aborted the old
    /// reader with exit 134); none traps.
    @Test(arguments: [
        ("[[[", 1, "a key"), ("[", 1, "a key"), ("[[a]", 1, "]]"), ("a = [[[", 1, "value"),
        ("a = 1\na = 2", 2, "twice"), ("[a]\n[a]", 2, "twice"), ("a = 1\n[a]", 2, "twice"),
        ("a = \"open", 1, "not closed"), ("a = 9223372036854775808", 1, "too large"), ("a = 1e400", 1, "too large"),
        ("a = 01", 1, "not a valid value"), ("a = 1__0", 1, "not a valid value"), ("a = bare", 1, "quotes"),
        ("a = \"\\q\"", 1, "escape"), ("a = \"\\uD800\"", 1, "hex digits"), ("a = \"\u{1B}[31m\"", 1, "control character"),
        ("a = 1 b = 2", 1, "end of the line"), ("a = {x = 1,}", 1, "a key"), ("a.b = 1\n[a.b]", 2, "twice"),
        ("x = { a = 1 }\n[x.b]", 2, "cannot be extended"), ("= 1", 1, "a key"), ("a = ", 1, "missing"),
        ("a = 1\r", 1, "carriage return"), ("a = [" + String(repeating: "[", count: 10_000), 1, "nested"),
    ])
    func malformedTextIsOneErrorWithItsLine(text: String, line: Int, words: String) {
        #expect {
            _ = try TOMLReader.parse(text)
        } throws: { error in
            guard let error = error as? TOMLSyntaxError else { return false }
            return error.line == line && error.message.contains(words) && error.column >= 1
        }
    }

    /// The reader agrees with the old library on every vendored PHH file (they all replay).
    @Test func phhErrorsNameTheLineAndColumn() {
        #expect(throws: PHHError.toml(line: 2, column: 9, message: "a value is missing")) {
            _ = try PHHReader.parse("variant = \"NT\"\nantes = ", source: "x.phh", many: false)
        }
    }
}
