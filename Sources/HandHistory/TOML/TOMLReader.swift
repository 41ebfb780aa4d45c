import Foundation

/// A strict reader of the TOML 1.0 that PokerFace's files use (PHH hands, experiment files):
/// comments, bare/quoted/dotted keys, `[table]` and `[[array of tables]]` headers, strings of all
/// four kinds, integers, floats, booleans, arrays, inline tables; dates and times are kept as
/// text. Anything else — or any malformed text — is one `TOMLSyntaxError` with line and column;
/// it never traps (it replaced a C++ library whose assertions killed the process on `[[[`).
public struct TOMLReader {
    /// Nesting deeper than this (arrays in arrays, inline tables in inline tables) is refused
    /// rather than risking the stack.
    public static let maximumDepth = 64

    var bytes: [UInt8]
    var position = 0
    var line = 1
    var lineStart = 0
    var depth = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    /// Parses a whole document into its root table.
    public static func parse(_ text: String) throws(TOMLSyntaxError) -> [String: TOMLValue] {
        var reader = TOMLReader(text)
        let root = try reader.document()
        return root.value.table ?? [:]
    }

    var atEnd: Bool { position >= bytes.count }
    var current: UInt8? { position < bytes.count ? bytes[position] : nil }
    func peek(_ offset: Int) -> UInt8? { position + offset < bytes.count ? bytes[position + offset] : nil }

    func error(_ message: String) -> TOMLSyntaxError {
        // Columns count characters, not bytes (UTF-8 continuation bytes are skipped).
        let upTo = min(position, bytes.count)
        let column = bytes[lineStart..<upTo].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return TOMLSyntaxError(line: line, column: column, message: message)
    }

    /// What the byte at the cursor is, for messages.
    var found: String {
        guard let byte = current else { return "the end of the file" }
        switch byte {
        case 0x0A, 0x0D: return "the end of the line"
        case 0x20...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        default: return String(format: "byte 0x%02X", Int(byte))
        }
    }

    mutating func skipSpaces() {
        while let byte = current, byte == 0x20 || byte == 0x09 { position += 1 }
    }

    /// Skips a comment to the end of its line; control characters other than tab are refused.
    mutating func skipComment() throws(TOMLSyntaxError) {
        guard current == UInt8(ascii: "#") else { return }
        while let byte = current, byte != 0x0A {
            if byte == 0x0D, peek(1) == 0x0A { return }
            if (byte < 0x20 && byte != 0x09) || byte == 0x7F { throw error("a control character in a comment") }
            position += 1
        }
    }

    /// Consumes a line ending (`\n` or `\r\n`); false when the cursor is not at one.
    mutating func newline() throws(TOMLSyntaxError) -> Bool {
        if current == 0x0D {
            guard peek(1) == 0x0A else { throw error("a carriage return not followed by a line feed") }
            position += 1
        }
        guard current == 0x0A else { return false }
        position += 1
        line += 1
        lineStart = position
        return true
    }

    /// After a key/value pair or a header: spaces, a comment, then the end of the line or file.
    mutating func endOfLine() throws(TOMLSyntaxError) {
        skipSpaces()
        try skipComment()
        if atEnd { return }
        guard try newline() else { throw error("expected the end of the line, found \(found)") }
    }
}
