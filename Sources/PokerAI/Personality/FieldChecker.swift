import Foundation
import PokerEngine

/// Reads typed values out of a JSON tree and records a ``PersonalityIssue`` for every problem,
/// so one pass reports everything wrong with a file instead of stopping at the first error.
struct FieldChecker {
    let file: String
    private(set) var issues: [PersonalityIssue] = []

    init(file: String) { self.file = file }

    mutating func report(_ field: String, _ problem: PersonalityProblem) {
        issues.append(PersonalityIssue(file: file, field: field, problem: problem))
    }

    static func path(_ parent: String, _ key: String) -> String { parent.isEmpty ? key : "\(parent).\(key)" }
    static func path(_ parent: String, _ index: Int) -> String { "\(parent)[\(index)]" }

    /// The members of an object whose keys must be among `keys`: reports unknown keys. Missing
    /// keys are reported by the reader of each member (every reader reports a `nil` as missing).
    mutating func object(_ value: PersonalityJSON?, at path: String, keys: [String]) -> [String: PersonalityJSON]? {
        guard let value else { report(path, .missing); return nil }
        guard case .object(let members) = value else {
            report(path, .wrongType(expected: "an object", found: value.kindDescription))
            return nil
        }
        var byKey: [String: PersonalityJSON] = [:]
        for member in members {
            if keys.contains(member.key) {
                byKey[member.key] = member.value
            } else {
                report(Self.path(path, member.key), .unknownField(suggestion: Self.suggestion(for: member.key, among: keys)))
            }
        }
        return byKey
    }

    mutating func number(_ value: PersonalityJSON?, at path: String, in range: ClosedRange<Double> = 0...1) -> Double? {
        guard let value else { report(path, .missing); return nil }
        guard case .number(let number) = value else {
            report(path, .wrongType(expected: "a number", found: value.kindDescription))
            return nil
        }
        guard range.contains(number) else { report(path, .outOfRange(value: number, range: range)); return nil }
        return number
    }

    mutating func integer(_ value: PersonalityJSON?, at path: String) -> Int? {
        guard let number = number(value, at: path, in: -1e9...1e9) else { return nil }
        guard number == number.rounded() else { report(path, .notWhole(value: number)); return nil }
        return Int(number)
    }

    /// A non-empty single-line string of at most `limit` characters, trimmed, without control,
    /// bidirectional or invisible characters (``TextSanitizer/firstRefused(in:)``).
    mutating func text(_ value: PersonalityJSON?, at path: String, limit: Int) -> String? {
        guard let value else { report(path, .missing); return nil }
        guard case .string(let raw) = value else {
            report(path, .wrongType(expected: "a string", found: value.kindDescription))
            return nil
        }
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { report(path, .empty); return nil }
        if text.contains(where: \.isNewline) { report(path, .multiline); return nil }
        if let (position, scalar) = TextSanitizer.firstRefused(in: text) {
            report(path, .controlCharacter(scalar: scalar, position: position))
            return nil
        }
        if text.count > limit { report(path, .tooLong(length: text.count, limit: limit)); return nil }
        return text
    }

    /// A list of `count` distinct strings, each checked by ``text(_:at:limit:)`` and then `check`.
    mutating func textList(
        _ value: PersonalityJSON?, at path: String, count: ClosedRange<Int>, itemLimit: Int,
        check: (inout FieldChecker, String, String) -> Bool = { _, _, _ in true }
    ) -> [String]? {
        guard let value else { report(path, .missing); return nil }
        guard case .array(let items) = value else {
            report(path, .wrongType(expected: "a list of strings", found: value.kindDescription))
            return nil
        }
        var result: [String] = []
        var ok = true
        if !count.contains(items.count) { report(path, .wrongCount(count: items.count, allowed: count)); ok = false }
        for (index, item) in items.enumerated() {
            let itemPath = Self.path(path, index)
            guard let text = text(item, at: itemPath, limit: itemLimit), check(&self, itemPath, text) else { ok = false; continue }
            if result.contains(text) { report(itemPath, .duplicate(text)); ok = false; continue }
            result.append(text)
        }
        return ok ? result : nil
    }

    /// An object with one number in 0…1 per trait.
    mutating func traits(_ value: PersonalityJSON?, at path: String) -> Traits? {
        guard let members = object(value, at: path, keys: PersonalityTrait.allCases.map(\.rawValue)) else { return nil }
        var values: [PersonalityTrait: Double] = [:]
        for trait in PersonalityTrait.allCases {
            values[trait] = number(members[trait.rawValue], at: Self.path(path, trait.rawValue))
        }
        guard values.count == PersonalityTrait.allCases.count else { return nil }
        return Traits { values[$0] ?? 0 }
    }

    /// The closest known key to a misspelt one, if any is close enough to be a likely typo.
    static func suggestion(for key: String, among known: [String]) -> String? {
        let normalized = key.lowercased().replacingOccurrences(of: "-", with: "_")
        let scored = known.map { candidate -> (String, Int) in
            if normalized.count >= 4, normalized.contains(candidate) || candidate.contains(normalized) { return (candidate, 0) }
            return (candidate, editDistance(normalized.replacingOccurrences(of: "_", with: ""), candidate.replacingOccurrences(of: "_", with: "")))
        }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, key.count / 3) else { return nil }
        return best.0
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let (a, b) = (Array(a), Array(b))
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous + (a[i - 1] == b[j - 1] ? 0 : 1)
                previous = row[j]
                row[j] = min(substitution, row[j] + 1, row[j - 1] + 1)
            }
        }
        return row[b.count]
    }
}
