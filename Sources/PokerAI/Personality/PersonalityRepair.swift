import Foundation

/// Fixes the small slips language models make in generated characters before strict validation:
/// missing version or origin, percentages for fractions, tics without asterisks, emoji run
/// together, too many lines, a situation left out. Anything it cannot fix safely is left for the
/// validator to report. Each fix is noted in ``notes``.
struct PersonalityRepair {
    typealias Field = PersonalitySchema.Field
    let requestedName: String
    var notes: [String] = []

    init(requestedName: String) { self.requestedName = requestedName }

    private static let aliases: [String: String] = [
        "personality_traits": "traits", "default_confidence": "confidence", "default_attitude": "attitude",
        "trait_elasticity": "elasticity", "style": "play_style", "catchphrases": "lines", "canned_lines": "lines",
        "bluff_called": "bluff_caught", "allin": "all_in", "loss": "lose", "bluff": "bluff_tendency",
        "emoji_use": "emoji_usage", "emojis": "emoji",
    ]

    mutating func apply(to value: PersonalityJSON) -> PersonalityJSON {
        guard case .object = value else { return value }
        var fields = normalized(value, at: "")
        fields[Field.version.rawValue] = .number(Double(Personality.currentVersion))
        fixName(&fields)
        fixOrigin(&fields)
        for field in [Field.name, .nickname, .playStyle, .confidence, .attitude, .voice] {
            if case .string(let text)? = fields[field.rawValue] {
                fields[field.rawValue] = .string(PersonalityGenerator.flatten(text))
            }
        }
        fixNumbers(&fields)
        fixTalk(&fields)
        return .object(Field.allCases.compactMap { field in fields[field.rawValue].map { (field.rawValue, $0) } })
    }

    /// Object members keyed by snake_case names with known aliases resolved; unknown top-level
    /// fields are dropped.
    private mutating func normalized(_ value: PersonalityJSON, at path: String) -> [String: PersonalityJSON] {
        guard case .object(let members) = value else { return [:] }
        var result: [String: PersonalityJSON] = [:]
        let known = Set(Field.allCases.map(\.rawValue))
        for (key, member) in members {
            let snake = Self.snakeCase(key)
            let resolved = Self.aliases[snake] ?? snake
            if path.isEmpty, !known.contains(resolved) { notes.append("dropped unknown field `\(key)`"); continue }
            if resolved != key { notes.append("renamed `\(FieldChecker.path(path, key))` to `\(resolved)`") }
            result[resolved] = member
        }
        return result
    }

    private mutating func fixName(_ fields: inout [String: PersonalityJSON]) {
        if !requestedName.isEmpty, fields[Field.name.rawValue] != .string(requestedName) {
            notes.append("set `name` to the requested \"\(requestedName)\"")
            fields[Field.name.rawValue] = .string(requestedName)
        }
        let nickname: String? = if case .string(let text)? = fields[Field.nickname.rawValue] { text } else { nil }
        if nickname?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
            guard case .string(let name)? = fields[Field.name.rawValue] else { return }
            let fallback = name.count <= PersonalitySchema.nicknameLength ? name
                : String((name.split(separator: " ").first.map(String.init) ?? name).prefix(PersonalitySchema.nicknameLength))
            fields[Field.nickname.rawValue] = .string(fallback)
            notes.append("made `nickname` \"\(fallback)\" from the name")
        }
    }

    private mutating func fixOrigin(_ fields: inout [String: PersonalityJSON]) {
        let text: String? = if case .string(let raw)? = fields[Field.origin.rawValue] { raw.lowercased() } else { nil }
        if let text, Origin(rawValue: text) != nil {
            fields[Field.origin.rawValue] = .string(text)
        } else {
            fields[Field.origin.rawValue] = .string(Origin.original.rawValue)
            notes.append("set `origin` to \"original\"")
        }
    }

    static func snakeCase(_ key: String) -> String {
        var result = ""
        for character in key {
            if character.isUppercase, !result.isEmpty, result.last != "_" { result.append("_") }
            result.append(character == "-" || character == " " ? "_" : Character(character.lowercased()))
        }
        return result
    }
}
