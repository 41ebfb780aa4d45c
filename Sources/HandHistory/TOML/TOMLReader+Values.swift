extension TOMLReader {
    /// One value at the cursor.
    mutating func value() throws(TOMLSyntaxError) -> TOMLValue {
        switch current {
        case UInt8(ascii: "\"")?: return .string(try basicString())
        case UInt8(ascii: "'")?: return .string(try literalString())
        case UInt8(ascii: "[")?: return try nested { (reader: inout TOMLReader) throws(TOMLSyntaxError) in try reader.array() }
        case UInt8(ascii: "{")?: return try nested { (reader: inout TOMLReader) throws(TOMLSyntaxError) in try reader.inlineTable() }
        case nil, 0x0A, 0x0D, UInt8(ascii: "#")?: throw error("a value is missing")
        default: return try scalar()
        }
    }

    /// Runs `body` one nesting level deeper, refusing documents nested beyond `maximumDepth`.
    mutating func nested(_ body: (inout TOMLReader) throws(TOMLSyntaxError) -> TOMLValue) throws(TOMLSyntaxError) -> TOMLValue {
        guard depth < Self.maximumDepth else { throw error("arrays or inline tables nested more than \(Self.maximumDepth) deep") }
        depth += 1
        defer { depth -= 1 }
        return try body(&self)
    }

    /// Spaces, comments and line breaks inside an array.
    mutating func skipArraySpace() throws(TOMLSyntaxError) {
        while true {
            skipSpaces()
            try skipComment()
            guard try newline() else { return }
        }
    }

    /// `[v, v, …]`, across lines, with an optional trailing comma.
    mutating func array() throws(TOMLSyntaxError) -> TOMLValue {
        position += 1
        var items: [TOMLValue] = []
        while true {
            try skipArraySpace()
            if current == UInt8(ascii: "]") { break }
            items.append(try value())
            try skipArraySpace()
            if current == UInt8(ascii: ",") {
                position += 1
                continue
            }
            guard current == UInt8(ascii: "]") else { throw error("expected ',' or ']' in an array, found \(found)") }
            break
        }
        position += 1
        return .array(items)
    }

    /// `{ k = v, … }` on one line, no trailing comma.
    mutating func inlineTable() throws(TOMLSyntaxError) -> TOMLValue {
        position += 1
        let table = TOMLTableNode(origin: .header)
        skipSpaces()
        if current == UInt8(ascii: "}") {
            position += 1
            return table.value
        }
        while true {
            try keyValue(into: table)
            skipSpaces()
            if current == UInt8(ascii: ",") {
                position += 1
                continue
            }
            guard current == UInt8(ascii: "}") else { throw error("expected ',' or '}' in an inline table, found \(found)") }
            position += 1
            return table.value
        }
    }

    /// A boolean, number, or date/time: the run of characters up to a separator.
    mutating func scalar() throws(TOMLSyntaxError) -> TOMLValue {
        let start = position
        while let byte = current, Self.isScalar(byte) { position += 1 }
        // A date and a time may be separated by one space: `1979-05-27 07:32:00`.
        if current == 0x20, position - start == 10, let next = peek(1), let after = peek(3),
           (0x30...0x39).contains(next), after == UInt8(ascii: ":") {
            position += 1
            while let byte = current, Self.isScalar(byte) { position += 1 }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard !text.isEmpty else { throw error("expected a value, found \(found)") }
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if let number = TOMLNumber.parse(text) {
            switch number {
            case .integer(let value): return .integer(value)
            case .float(let value): return .float(value)
            case .tooLarge: position = start; throw error("the number \(text) is too large")
            }
        }
        if TOMLNumber.isDateTime(text) { return .dateTime(text) }
        position = start
        throw error("'\(text.prefix(40))' is not a valid value (strings need quotes)")
    }

    static func isScalar(_ byte: UInt8) -> Bool {
        isBareKey(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }
}
