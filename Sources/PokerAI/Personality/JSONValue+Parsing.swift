import Foundation

/// Why text could not be read as JSON.
public enum JSONParseError: Error, Hashable, Sendable {
    /// The text is not valid JSON; `detail` is the parser's own words (often with line and column).
    case invalid(detail: String)
    /// No `{ … }` object could be found in the text at all.
    case noObject
}

extension JSONValue {
    /// Parses strict JSON.
    public init(parsing data: Data) throws(JSONParseError) {
        do {
            self = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            throw .invalid(detail: Self.trimmed(underlying ?? context.debugDescription))
        } catch {
            throw .invalid(detail: Self.trimmed(String(describing: error)))
        }
    }

    /// Parses the first JSON object found in loosely formatted text, as language models write it:
    /// inside Markdown code fences, after a sentence of preamble, or followed by remarks.
    public init(lenientlyParsing text: String) throws(JSONParseError) {
        let candidates = Self.objectCandidates(in: text)
        guard !candidates.isEmpty else { throw .noObject }
        var firstError: JSONParseError?
        for candidate in candidates {
            do {
                self = try JSONValue(parsing: Data(candidate.utf8))
                return
            } catch {
                firstError = firstError ?? error
            }
        }
        throw firstError ?? .noObject
    }

    /// Every balanced `{ … }` span that starts outside a string literal, in order of appearance.
    static func objectCandidates(in text: String) -> [Substring] {
        var results: [Substring] = []
        var depth = 0
        var inString = false
        var escaped = false
        var start: String.Index?
        for index in text.indices {
            let character = text[index]
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            switch character {
            case "\"" where depth > 0:
                inString = true
            case "{":
                if depth == 0 { start = index }
                depth += 1
            case "}" where depth > 0:
                depth -= 1
                if depth == 0, let opening = start {
                    results.append(text[opening...index])
                    start = nil
                }
            default:
                break
            }
        }
        return results
    }

    private static func trimmed(_ detail: String) -> String {
        let line = detail.split(whereSeparator: \.isNewline).first.map(String.init) ?? detail
        let sentence = line.trimmingCharacters(in: .whitespaces)
        return sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence
    }
}
