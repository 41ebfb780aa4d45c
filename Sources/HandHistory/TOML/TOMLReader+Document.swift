extension TOMLReader {
    /// Reads every line: headers switch the current table, key/value pairs fill it.
    mutating func document() throws(TOMLSyntaxError) -> TOMLTableNode {
        let root = TOMLTableNode(origin: .header)
        var table = root
        while !atEnd {
            skipSpaces()
            try skipComment()
            if atEnd { break }
            if try newline() { continue }
            if current == UInt8(ascii: "[") {
                table = try header(root)
            } else {
                try keyValue(into: table)
            }
            try endOfLine()
        }
        return root
    }

    /// `[a.b]` or `[[a.b]]`: the table that the lines after it fill.
    mutating func header(_ root: TOMLTableNode) throws(TOMLSyntaxError) -> TOMLTableNode {
        position += 1
        let isArray = current == UInt8(ascii: "[")
        if isArray { position += 1 }
        skipSpaces()
        let path = try key()
        skipSpaces()
        for _ in 0..<(isArray ? 2 : 1) {
            guard current == UInt8(ascii: "]") else {
                throw error("expected '\(isArray ? "]]" : "]")' to close the table header, found \(found)")
            }
            position += 1
        }
        var table = root
        for name in path.dropLast() { table = try descend(table, name, creating: .implicit, viaDottedKey: false) }
        let name = path[path.count - 1]
        switch table.entries[name] {
        case nil:
            let node = TOMLTableNode(origin: .header)
            table.entries[name] = isArray ? .tableArray([node]) : .table(node)
            return node
        case .tableArray(var nodes)? where isArray:
            let node = TOMLTableNode(origin: .header)
            nodes.append(node)
            table.entries[name] = .tableArray(nodes)
            return node
        case .table(let node)? where !isArray && node.origin == .implicit:
            node.origin = .header
            return node
        default:
            throw error("'\(path.joined(separator: "."))' is defined twice")
        }
    }

    /// The table `name` inside `table`, created when missing (the last table of an array of tables).
    mutating func descend(_ table: TOMLTableNode, _ name: String, creating origin: TOMLTableNode.Origin,
                          viaDottedKey: Bool) throws(TOMLSyntaxError) -> TOMLTableNode {
        switch table.entries[name] {
        case nil:
            let node = TOMLTableNode(origin: origin)
            table.entries[name] = .table(node)
            return node
        case .table(let node)? where !viaDottedKey || node.origin == .dotted:
            return node
        case .tableArray(let nodes)? where !viaDottedKey:
            if let last = nodes.last { return last }
            throw error("'\(name)' is an empty array of tables")
        default:
            throw error("'\(name)' is already defined as a value or table and cannot be extended here")
        }
    }

    /// `a.b = value` into `table`.
    mutating func keyValue(into table: TOMLTableNode) throws(TOMLSyntaxError) {
        let path = try key()
        skipSpaces()
        guard current == UInt8(ascii: "=") else { throw error("expected '=' after the key '\(path.joined(separator: "."))', found \(found)") }
        position += 1
        skipSpaces()
        let value = try value()
        var target = table
        for name in path.dropLast() { target = try descend(target, name, creating: .dotted, viaDottedKey: true) }
        let name = path[path.count - 1]
        guard target.entries[name] == nil else { throw error("the key '\(path.joined(separator: "."))' is defined twice") }
        target.entries[name] = .value(value)
    }

    /// A dotted key: bare or quoted parts separated by dots.
    mutating func key() throws(TOMLSyntaxError) -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            switch current {
            case UInt8(ascii: "\"")?: parts.append(try basicString())
            case UInt8(ascii: "'")?: parts.append(try literalString())
            default:
                let start = position
                while let byte = current, Self.isBareKey(byte) { position += 1 }
                guard position > start else { throw error("expected a key, found \(found)") }
                parts.append(String(decoding: bytes[start..<position], as: UTF8.self))
            }
            skipSpaces()
            guard current == UInt8(ascii: ".") else { return parts }
            position += 1
        }
    }

    static func isBareKey(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }
}
