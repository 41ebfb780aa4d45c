extension TOMLReader {
    /// Control characters other than tab may not appear raw in a string.
    func isForbidden(_ byte: UInt8) -> Bool { (byte < 0x20 && byte != 0x09) || byte == 0x7F }

    /// One byte of a string's text: a line break (kept as `\n`) inside a multi-line string, or any
    /// character but a control one.
    mutating func take(_ byte: UInt8, into out: inout [UInt8], multiline: Bool, control: String) throws(TOMLSyntaxError) {
        if multiline, byte == 0x0A || byte == 0x0D {
            _ = try newline()
            out.append(0x0A)
            return
        }
        guard !isForbidden(byte) else {
            throw error(byte == 0x0A || byte == 0x0D ? "a string is not closed on its line" : control)
        }
        out.append(byte)
        position += 1
    }

    /// `"…"` or `"""…"""` with escapes.
    mutating func basicString() throws(TOMLSyntaxError) -> String {
        let multiline = peek(1) == UInt8(ascii: "\"") && peek(2) == UInt8(ascii: "\"")
        position += multiline ? 3 : 1
        if multiline { _ = try newline() }
        var out: [UInt8] = []
        while true {
            guard let byte = current else { throw error("a string is not closed") }
            if byte == UInt8(ascii: "\"") {
                if !multiline {
                    position += 1
                    break
                }
                if try closeMultiline(quote: byte, into: &out) { break }
                continue
            }
            if byte == UInt8(ascii: "\\") {
                try escape(into: &out, multiline: multiline)
                continue
            }
            try take(byte, into: &out, multiline: multiline, control: "a control character in a string (write it as an escape)")
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// At a quote inside a multi-line string: three close it (up to two more belong to the text);
    /// fewer are text. True when closed.
    mutating func closeMultiline(quote: UInt8, into out: inout [UInt8]) throws(TOMLSyntaxError) -> Bool {
        var count = 0
        while current == quote { count += 1; position += 1 }
        if count < 3 {
            out += Array(repeating: quote, count: count)
            return false
        }
        guard count <= 5 else { throw error("too many quotes closing a multi-line string") }
        out += Array(repeating: quote, count: count - 3)
        return true
    }

    /// One backslash escape (or, in a multi-line string, a line-ending backslash).
    mutating func escape(into out: inout [UInt8], multiline: Bool) throws(TOMLSyntaxError) {
        position += 1
        guard let code = current else { throw error("a string is not closed") }
        let simple: [UInt8: UInt8] = [UInt8(ascii: "b"): 0x08, UInt8(ascii: "t"): 0x09, UInt8(ascii: "n"): 0x0A,
                                      UInt8(ascii: "f"): 0x0C, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "\""): 0x22,
                                      UInt8(ascii: "\\"): 0x5C]
        if let byte = simple[code] {
            out.append(byte)
            position += 1
            return
        }
        if code == UInt8(ascii: "u") || code == UInt8(ascii: "U") {
            let length = code == UInt8(ascii: "u") ? 4 : 8
            let start = position + 1
            guard start + length <= bytes.count,
                  let value = UInt32(String(decoding: bytes[start..<start + length], as: UTF8.self), radix: 16),
                  bytes[start..<start + length].allSatisfy({ Self.isHexDigit($0) }),
                  let scalar = Unicode.Scalar(value) else {
                throw error("a \\\(Character(Unicode.Scalar(code))) escape needs \(length) hex digits of a Unicode scalar value")
            }
            out += Array(String(Character(scalar)).utf8)
            position = start + length
            return
        }
        if multiline {
            // A backslash at the end of a line removes the line break and the spaces after it.
            skipSpaces()
            guard try newline() else { throw error("a backslash in a string must start an escape or end a line") }
            while true {
                skipSpaces()
                guard try newline() else { return }
            }
        }
        throw error("'\\\(code < 0x80 && code >= 0x20 ? String(Character(Unicode.Scalar(code))) : "?")' is not a TOML escape")
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    /// `'…'` or `'''…'''`: no escapes.
    mutating func literalString() throws(TOMLSyntaxError) -> String {
        let quote = UInt8(ascii: "'")
        let multiline = peek(1) == quote && peek(2) == quote
        position += multiline ? 3 : 1
        if multiline { _ = try newline() }
        var out: [UInt8] = []
        while true {
            guard let byte = current else { throw error("a string is not closed") }
            if byte == quote {
                if !multiline {
                    position += 1
                    break
                }
                if try closeMultiline(quote: quote, into: &out) { break }
                continue
            }
            try take(byte, into: &out, multiline: multiline, control: "a control character in a string")
        }
        return String(decoding: out, as: UTF8.self)
    }
}
