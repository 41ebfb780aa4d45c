import Foundation

extension PersonalityRepair {
    /// Traits, elasticity, recovery and tilt resistance: numbers written as strings or as
    /// percentages become fractions in 0…1; a missing elasticity, recovery rate or tilt resistance
    /// gets the documented default.
    mutating func fixNumbers(_ fields: inout [String: PersonalityJSON]) {
        var traits: Traits?
        if let value = fields[Field.traits.rawValue] {
            let fixed = fixTraitObject(value, at: Field.traits.rawValue)
            fields[Field.traits.rawValue] = fixed
            traits = Self.traits(in: fixed)
        }
        if let value = fields[Field.elasticity.rawValue] {
            fields[Field.elasticity.rawValue] = fixTraitObject(value, at: Field.elasticity.rawValue)
        } else if let traits {
            fields[Field.elasticity.rawValue] = .object(PersonalityTrait.allCases.map { ($0.rawValue, .number(Self.defaultElasticity(traits, $0))) })
            notes.append("derived `elasticity` from the traits")
        }
        switch fields[Field.recoveryRate.rawValue] {
        case nil:
            fields[Field.recoveryRate.rawValue] = .number(0.1)
            notes.append("set `recovery_rate` to 0.1")
        case .object(let members)?:
            fields[Field.recoveryRate.rawValue] = fixTraitObject(.object(members), at: Field.recoveryRate.rawValue)
        case let value?:
            fields[Field.recoveryRate.rawValue] = fixNumber(value, at: Field.recoveryRate.rawValue)
        }
        if let value = fields[Field.tiltResistance.rawValue] {
            fields[Field.tiltResistance.rawValue] = fixNumber(value, at: Field.tiltResistance.rawValue)
        } else {
            fields[Field.tiltResistance.rawValue] = .number(0.5)
            notes.append("set `tilt_resistance` to 0.5")
        }
    }

    /// Elasticity when none is given: stubborn for extreme traits (0.2 at 0 or 1), loose for
    /// moderate ones (0.5 at 0.5); chattiness moves a little more.
    static func defaultElasticity(_ traits: Traits, _ trait: PersonalityTrait) -> Double {
        let extremeness = abs(traits[trait] - 0.5) * 2
        let base = 0.5 - 0.3 * extremeness + (trait == .chattiness ? 0.1 : 0)
        return (base * 100).rounded() / 100
    }

    private mutating func fixTraitObject(_ value: PersonalityJSON, at path: String) -> PersonalityJSON {
        guard case .object = value else { return value }
        let members = normalizedMembers(value, at: path)
        return .object(members.map { ($0.key, fixNumber($0.value, at: FieldChecker.path(path, $0.key))) })
    }

    private mutating func normalizedMembers(_ value: PersonalityJSON, at path: String) -> [(key: String, value: PersonalityJSON)] {
        guard case .object(let members) = value else { return [] }
        return members.map { member in
            let snake = Self.snakeCase(member.key)
            let resolved = Self.traitAliases[snake] ?? snake
            if resolved != member.key { notes.append("renamed `\(FieldChecker.path(path, member.key))` to `\(resolved)`") }
            return (resolved, member.value)
        }
    }

    private static let traitAliases = ["bluff": "bluff_tendency", "bluffing": "bluff_tendency", "emoji": "emoji_usage", "emoji_use": "emoji_usage"]

    private mutating func fixNumber(_ value: PersonalityJSON, at path: String) -> PersonalityJSON {
        var number: Double
        switch value {
        case .number(let raw): number = raw
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let percent = trimmed.hasSuffix("%")
            guard let parsed = Double(percent ? String(trimmed.dropLast()) : trimmed) else { return value }
            number = percent ? parsed / 100 : parsed
            notes.append("read `\(path)` \"\(text)\" as a number")
        default: return value
        }
        if number > 1, number <= 100 {
            notes.append("read `\(path)` \(number) as a percentage")
            number /= 100
        }
        return .number(number)
    }

    private static func traits(in value: PersonalityJSON) -> Traits? {
        var values: [PersonalityTrait: Double] = [:]
        for trait in PersonalityTrait.allCases {
            guard case .number(let number)? = value[trait.rawValue] else { return nil }
            values[trait] = min(1, max(0, number))
        }
        return Traits { values[$0] ?? 0.5 }
    }
}
