import Foundation

extension PersonalityRepair {
    /// Tics, emoji and lines: trims and de-duplicates lists, cuts them to their maximum length,
    /// wraps bare physical tics in asterisks, splits emoji written as one string, and fills a
    /// situation left without lines from the verbal tics.
    mutating func fixTalk(_ fields: inout [String: PersonalityJSON]) {
        let schema = PersonalitySchema.self
        if let value = fields[Field.verbalTics.rawValue] {
            fields[Field.verbalTics.rawValue] = fixList(value, at: Field.verbalTics.rawValue, maximum: schema.verbalTicCount.upperBound, limit: schema.ticLength)
        }
        if let value = fields[Field.physicalTics.rawValue] {
            let list = fixList(value, at: Field.physicalTics.rawValue, maximum: schema.physicalTicCount.upperBound, limit: schema.ticLength)
            fields[Field.physicalTics.rawValue] = mapStrings(list) { text in
                guard !GestureText.isSingleGesture(text) else { return text }
                let inner = text.replacingOccurrences(of: "*", with: "").trimmingCharacters(in: .whitespaces)
                notes.append("wrapped physical tic \"\(text)\" in asterisks")
                return "*\(inner)*"
            }
        }
        fixEmoji(&fields)
        if let value = fields[Field.lines.rawValue] {
            fields[Field.lines.rawValue] = fixLines(value, tics: Self.strings(in: fields[Field.verbalTics.rawValue]))
        }
    }

    private mutating func fixEmoji(_ fields: inout [String: PersonalityJSON]) {
        let items: [String]
        switch fields[Field.emoji.rawValue] {
        case .string(let text)?: items = text.map(String.init)
        case .array(let values)?: items = values.flatMap { value -> [String] in
            if case .string(let text) = value { return text.map(String.init) } else { return [] }
        }
        case nil: items = []
        default: return
        }
        var kept: [String] = []
        for item in items where GestureText.isSingleEmoji(item) && !kept.contains(item) { kept.append(item) }
        kept = Array(kept.prefix(PersonalitySchema.emojiCount.upperBound))
        if fields[Field.emoji.rawValue] != .array(kept.map(PersonalityJSON.string)) { notes.append("cleaned up `emoji`") }
        fields[Field.emoji.rawValue] = .array(kept.map(PersonalityJSON.string))
        if kept.isEmpty, case .number(let usage)? = fields[Field.traits.rawValue]?[PersonalityTrait.emojiUsage.rawValue],
            usage >= PersonalitySchema.emojiListRequiredFrom, case .object(let members)? = fields[Field.traits.rawValue]
        {
            fields[Field.traits.rawValue] = .object(members.map { $0.key == PersonalityTrait.emojiUsage.rawValue ? ($0.key, .number(0.1)) : $0 })
            notes.append("lowered `traits.emoji_usage` to 0.1 since no emoji were given")
        }
    }

    private mutating func fixLines(_ value: PersonalityJSON, tics: [String]) -> PersonalityJSON {
        guard case .object(let members) = value else { return value }
        var bySituation: [String: PersonalityJSON] = [:]
        for member in members {
            let key = Self.snakeCase(member.key)
            let resolved = Self.situationAliases[key] ?? key
            guard Situation(rawValue: resolved) != nil else { notes.append("dropped unknown situation `lines.\(member.key)`"); continue }
            bySituation[resolved] = member.value
        }
        return .object(Situation.allCases.map { situation in
            let path = FieldChecker.path(Field.lines.rawValue, situation.rawValue)
            let maximum = PersonalitySchema.linesPerSituation.upperBound
            let list = bySituation[situation.rawValue].map { fixList($0, at: path, maximum: maximum, limit: PersonalitySchema.lineLength) }
            if let list, !Self.strings(in: list).isEmpty { return (situation.rawValue, list) }
            notes.append("filled `\(path)` from the verbal tics")
            return (situation.rawValue, .array(tics.prefix(2).map(PersonalityJSON.string)))
        })
    }

    private static let situationAliases = ["bluff_called": "bluff_caught", "allin": "all_in", "loss": "lose", "losing": "lose", "greet": "greeting", "taunt": "needle"]

    /// A list of distinct, trimmed, single-line strings of at most `limit` characters, cut to
    /// `maximum`; a single string becomes a list of one. Other values pass through untouched.
    private mutating func fixList(_ value: PersonalityJSON, at path: String, maximum: Int, limit: Int) -> PersonalityJSON {
        let raw: [PersonalityJSON]
        switch value {
        case .string: raw = [value]
        case .array(let values): raw = values
        default: return value
        }
        var kept: [String] = []
        for case .string(let text) in raw {
            let line = PersonalityGenerator.flatten(text)
            guard !line.isEmpty, line.count <= limit, GestureText.hasBalancedAsterisks(line), !kept.contains(line) else { continue }
            kept.append(line)
        }
        if kept.count > maximum { kept = Array(kept.prefix(maximum)) }
        if kept.isEmpty { return value }
        if kept.count != raw.count { notes.append("tidied `\(path)` to \(kept.count) entries") }
        return .array(kept.map(PersonalityJSON.string))
    }

    private func mapStrings(_ value: PersonalityJSON, _ transform: (String) -> String) -> PersonalityJSON {
        guard case .array(let values) = value else { return value }
        return .array(values.map { if case .string(let text) = $0 { .string(transform(text)) } else { $0 } })
    }

    private static func strings(in value: PersonalityJSON?) -> [String] {
        guard case .array(let values)? = value else { return [] }
        return values.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }
}
