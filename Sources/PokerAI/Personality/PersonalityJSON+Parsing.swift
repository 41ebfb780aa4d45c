import Foundation

/// Why text could not be read as JSON.
public enum JSONParseError: Error, Hashable, Sendable {
    /// The text is not valid JSON; `detail` is the parser's own words (often with line and column).
    case invalid(detail: String)
    /// No `{ … }` object could be found in the text at all.
    case noObject
}

extension PersonalityJSON {
    /// Parses strict JSON.
    public init(parsing data: Data) throws(JSONParseError) {
        do {
            self = try JSONDecoder().decode(PersonalityJSON.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw .invalid(detail: Self.locating(Self.trimmed(Self.syntaxDetail(data) ?? context.debugDescription), in: data))
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
                self = try PersonalityJSON(parsing: Data(candidate.utf8))
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

    /// The JSON parser's own account of a syntax error ("Invalid value around character 12"),
    /// which the decoder does not pass on.
    private static func syntaxDetail(_ data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            return (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        }
    }

    /// Rewrites the parser's "around character 57" as "at line 3, column 12", which people can find.
    static func locating(_ detail: String, in data: Data) -> String {
        guard let marker = detail.range(of: "around character ") else { return detail }
        let digits = detail[marker.upperBound...].prefix { $0.isNumber }
        guard let offset = Int(digits), offset <= data.count else { return detail }
        let before = data.prefix(offset)
        let line = before.count { $0 == UInt8(ascii: "\n") } + 1
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? before.startIndex
        let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
        return detail.replacingCharacters(in: marker.lowerBound..<detail.index(marker.upperBound, offsetBy: digits.count),
                                          with: "at line \(line), column \(column)")
    }

    private static func trimmed(_ detail: String) -> String {
        let line = detail.split(whereSeparator: \.isNewline).first.map(String.init) ?? detail
        let sentence = line.trimmingCharacters(in: .whitespaces)
        return sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence
    }
}
