import Foundation

/// Recovers a JSON object from model text that is not clean JSON: code fences, prose around the object,
/// single-quoted keys. For providers without structured output; callers still validate the fields.
public enum LenientJSON {
    /// The first JSON object found in `text`, or nil.
    public static func object(in text: String) -> JSONValue? {
        let unfenced = stripFences(text)
        for candidate in [unfenced, firstBalancedObject(in: unfenced)].compactMap({ $0 }) {
            if let value = try? JSONValue.parse(candidate), value.objectValue != nil { return value }
            let requoted = candidate.replacingOccurrences(of: "'", with: "\"")
            if let value = try? JSONValue.parse(requoted), value.objectValue != nil { return value }
        }
        return nil
    }

    /// The text inside the first ``` fence (with or without a language tag), or the text itself.
    static func stripFences(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let open = trimmed.range(of: "```") else { return trimmed }
        var inner = trimmed[open.upperBound...]
        if let newline = inner.firstIndex(of: "\n"), !inner[..<newline].contains("{") {
            inner = inner[inner.index(after: newline)...]   // drop the language tag line
        }
        if let close = inner.range(of: "```") { inner = inner[..<close.lowerBound] }
        return inner.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The first `{…}` with balanced braces outside strings.
    static func firstBalancedObject(in text: String) -> String? {
        guard let start = text.firstIndex(of: "{") else { return nil }
        var depth = 0
        var inString = false
        var escaped = false
        var index = start
        while index < text.endIndex {
            let c = text[index]
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
            } else if c == "\"" {
                inString = true
            } else if c == "{" {
                depth += 1
            } else if c == "}" {
                depth -= 1
                if depth == 0 { return String(text[start...index]) }
            }
            index = text.index(after: index)
        }
        return nil
    }
}
