extension PersonalityJSON {
    /// Pretty JSON text with two-space indentation, members in stored order and a final newline.
    /// Lists of plain values that fit on one line stay on one line.
    public func rendered() -> String {
        var output = ""
        write(to: &output, indent: 0)
        output.append("\n")
        return output
    }

    private func write(to output: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1)
        let closingPad = String(repeating: "  ", count: indent)
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let value): output += Self.format(value)
        case .string(let value): output += Self.quote(value)
        case .array(let values):
            if values.isEmpty { output += "[]"; return }
            if values.allSatisfy(\.isScalar) {
                let inline = "[" + values.map { $0.rendered().dropLast() }.joined(separator: ", ") + "]"
                if inline.count + indent * 2 <= 100 { output += inline; return }
            }
            output += "[\n"
            for (offset, value) in values.enumerated() {
                output += pad
                value.write(to: &output, indent: indent + 1)
                output += offset == values.count - 1 ? "\n" : ",\n"
            }
            output += closingPad + "]"
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{\n"
            for (offset, member) in members.enumerated() {
                output += pad + Self.quote(member.key) + ": "
                member.value.write(to: &output, indent: indent + 1)
                output += offset == members.count - 1 ? "\n" : ",\n"
            }
            output += closingPad + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    private static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    private static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
