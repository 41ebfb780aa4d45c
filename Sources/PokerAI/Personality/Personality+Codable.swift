import Foundation

extension Personality: Codable {
    /// Decodes and validates strictly, as ``PersonalityValidator`` does for files; a decoding
    /// error lists every issue.
    public init(from decoder: any Decoder) throws {
        let value = try PersonalityJSON(from: decoder)
        do {
            self = try PersonalityValidator.validate(value, file: "(decoded)")
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    /// Encodes the file format: snake_case keys in schema order.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }

    /// The personality as a JSON tree in file format, fields in schema order.
    public var jsonValue: PersonalityJSON {
        typealias Field = PersonalitySchema.Field
        let recovery: PersonalityJSON = recoveryRate.isUniform ? .number(recoveryRate.aggression) : Self.json(recoveryRate)
        let members: [(Field, PersonalityJSON)] = [
            (.version, .number(Double(version))),
            (.name, .string(name)),
            (.nickname, .string(nickname)),
            (.origin, .string(origin.rawValue)),
            (.playStyle, .string(playStyle)),
            (.confidence, .string(confidence)),
            (.attitude, .string(attitude)),
            (.voice, .string(voice)),
            (.traits, Self.json(traits)),
            (.elasticity, Self.json(elasticity)),
            (.recoveryRate, recovery),
            (.tiltResistance, .number(tiltResistance)),
            (.verbalTics, .array(verbalTics.map(PersonalityJSON.string))),
            (.physicalTics, .array(physicalTics.map(PersonalityJSON.string))),
            (.emoji, .array(emoji.map(PersonalityJSON.string))),
            (.lines, .object(Situation.allCases.map { ($0.rawValue, .array(lines[$0].map(PersonalityJSON.string))) })),
        ]
        return .object(members.map { ($0.0.rawValue, $0.1) })
    }

    /// The text of a personality file for this character (pretty JSON, final newline).
    public var fileText: String { jsonValue.rendered() }

    private static func json(_ traits: Traits) -> PersonalityJSON {
        .object(PersonalityTrait.allCases.map { ($0.rawValue, .number(traits[$0])) })
    }
}
