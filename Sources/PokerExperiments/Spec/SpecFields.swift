import Foundation
import LLMClient
import PokerAI
import PokerEngine

/// The members of one table of an experiment file, read with errors that name the file and the
/// field's full path (`seats[2].provider`).
struct SpecFields {
    let file: String
    let path: String
    let members: [String: JSONValue]

    init(_ value: JSONValue?, file: String, path: String) throws(ExperimentFileError) {
        guard let members = value?.objectValue else {
            throw .wrongType(file: file, field: path.isEmpty ? "(top level)" : path, expected: "a table")
        }
        self.file = file
        self.path = path
        self.members = members
    }

    func name(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// Refuses members outside `known` (typos would otherwise be ignored silently).
    func check(known: [String]) throws(ExperimentFileError) {
        if let unknown = members.keys.sorted().first(where: { !known.contains($0) }) {
            throw .unknownField(file: file, field: name(unknown), known: known)
        }
    }

    func string(_ key: String) throws(ExperimentFileError) -> String? {
        guard let value = members[key] else { return nil }
        guard let text = value.stringValue else { throw .wrongType(file: file, field: name(key), expected: "text") }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .invalid(file: file, field: name(key), reason: "is empty") }
        if let (position, scalar) = TextSanitizer.firstRefused(in: trimmed) {
            throw .invalid(file: file, field: name(key), reason: TextSanitizer.refusalReason(scalar: scalar, position: position))
        }
        return trimmed
    }

    func requiredString(_ key: String, hint: String) throws(ExperimentFileError) -> String {
        guard let value = try string(key) else { throw .missing(file: file, field: name(key), hint: hint) }
        return value
    }

    func int(_ key: String, in range: ClosedRange<Int>) throws(ExperimentFileError) -> Int? {
        guard let value = members[key] else { return nil }
        guard case .int(let number) = value else { throw .wrongType(file: file, field: name(key), expected: "a whole number") }
        guard range.contains(number) else {
            throw .invalid(file: file, field: name(key), reason: "must be between \(range.lowerBound) and \(range.upperBound), not \(number)")
        }
        return number
    }

    func requiredInt(_ key: String, in range: ClosedRange<Int>, hint: String) throws(ExperimentFileError) -> Int {
        guard let value = try int(key, in: range) else { throw .missing(file: file, field: name(key), hint: hint) }
        return value
    }

    func double(_ key: String, in range: ClosedRange<Double>) throws(ExperimentFileError) -> Double? {
        guard let value = members[key] else { return nil }
        guard let number = value.doubleValue else { throw .wrongType(file: file, field: name(key), expected: "a number") }
        guard range.contains(number) else {
            throw .invalid(file: file, field: name(key), reason: "must be between \(range.lowerBound) and \(range.upperBound), not \(number)")
        }
        return number
    }

    func bool(_ key: String) throws(ExperimentFileError) -> Bool? {
        guard let value = members[key] else { return nil }
        guard case .bool(let flag) = value else { throw .wrongType(file: file, field: name(key), expected: "true or false") }
        return flag
    }

    func array(_ key: String) throws(ExperimentFileError) -> [JSONValue]? {
        guard let value = members[key] else { return nil }
        guard let items = value.arrayValue else { throw .wrongType(file: file, field: name(key), expected: "an array") }
        return items
    }

    func table(_ key: String) throws(ExperimentFileError) -> SpecFields? {
        guard let value = members[key] else { return nil }
        return try SpecFields(value, file: file, path: name(key))
    }

    func tables(_ key: String) throws(ExperimentFileError) -> [SpecFields]? {
        guard let items = try array(key) else { return nil }
        var result: [SpecFields] = []
        for (index, item) in items.enumerated() {
            result.append(try SpecFields(item, file: file, path: "\(name(key))[\(index)]"))
        }
        return result
    }

    func mode(_ key: String) throws(ExperimentFileError) -> GameMode? {
        guard let text = try string(key) else { return nil }
        guard let mode = GameMode(rawValue: text.lowercased()) else {
            throw .invalid(file: file, field: name(key), reason: "must be casual, standard, pro or competitive, not '\(text)'")
        }
        return mode
    }

    /// A provider name, normalised (`google` → `gemini`).
    func provider(_ key: String) throws(ExperimentFileError) -> String? {
        guard let text = try string(key) else { return nil }
        guard let provider = ProviderID(name: text) else {
            let names = ProviderID.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalid(file: file, field: name(key), reason: "names no known provider ('\(text)'; use \(names))")
        }
        return provider.rawValue
    }

    func url(_ key: String) throws(ExperimentFileError) -> String? {
        guard let text = try string(key) else { return nil }
        guard text.hasPrefix("http://") || text.hasPrefix("https://") else {
            throw .invalid(file: file, field: name(key), reason: "must start with http:// or https://")
        }
        return text
    }
}
