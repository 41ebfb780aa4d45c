import Foundation

/// Strict validation of personality files: every field present, no unknown fields, right types,
/// traits in 0…1, text within its limits, gestures wrapped in `*…*`. Reports every problem at
/// once as ``PersonalityIssue``s naming the file and the JSON path of the field.
public enum PersonalityValidator {
    private typealias Field = PersonalitySchema.Field
    private typealias Schema = PersonalitySchema

    /// Validates the bytes of a file; `file` is the name used in issues.
    public static func validate(_ data: Data, file: String) throws(PersonalityValidationError) -> Personality {
        let value: PersonalityJSON
        do {
            value = try PersonalityJSON(parsing: data)
        } catch {
            let detail = switch error {
            case .invalid(let detail): detail
            case .noObject: "no JSON object found"
            }
            throw PersonalityValidationError(issues: [PersonalityIssue(file: file, field: "", problem: .invalidJSON(detail: detail))])
        }
        return try validate(value, file: file)
    }

    /// Validates a parsed JSON tree; `file` is the name used in issues.
    public static func validate(_ value: PersonalityJSON, file: String) throws(PersonalityValidationError) -> Personality {
        var checker = FieldChecker(file: file)
        if case .object = value {} else {
            checker.report("", .wrongType(expected: "a JSON object", found: value.kindDescription))
            throw PersonalityValidationError(issues: checker.issues)
        }
        let personality = read(value, with: &checker)
        guard checker.issues.isEmpty, let personality else {
            throw PersonalityValidationError(issues: checker.issues)
        }
        return personality
    }

    private static func read(_ value: PersonalityJSON, with checker: inout FieldChecker) -> Personality? {
        guard let fields = checker.object(value, at: "", keys: Field.allCases.map(\.rawValue)) else { return nil }
        func field(_ field: Field) -> PersonalityJSON? { fields[field.rawValue] }

        let version = checker.integer(field(.version), at: Field.version.rawValue)
        if let version, version != Personality.currentVersion {
            checker.report(Field.version.rawValue, .unsupportedVersion(found: version, supported: Personality.currentVersion))
        }
        let name = checker.text(field(.name), at: Field.name.rawValue, limit: Schema.nameLength)
        let nickname = checker.text(field(.nickname), at: Field.nickname.rawValue, limit: Schema.nicknameLength)
        let origin = readOrigin(field(.origin), with: &checker)
        let playStyle = checker.text(field(.playStyle), at: Field.playStyle.rawValue, limit: Schema.playStyleLength)
        let confidence = checker.text(field(.confidence), at: Field.confidence.rawValue, limit: Schema.wordLength)
        let attitude = checker.text(field(.attitude), at: Field.attitude.rawValue, limit: Schema.wordLength)
        let voice = checker.text(field(.voice), at: Field.voice.rawValue, limit: Schema.voiceLength)
        let traits = checker.traits(field(.traits), at: Field.traits.rawValue)
        let elasticity = checker.traits(field(.elasticity), at: Field.elasticity.rawValue)
        let recoveryRate = readRecovery(field(.recoveryRate), with: &checker)
        let tiltResistance = checker.number(field(.tiltResistance), at: Field.tiltResistance.rawValue)

        let silent = traits?.chattiness == 0
        let verbalTics = checker.textList(
            field(.verbalTics), at: Field.verbalTics.rawValue, count: Schema.verbalTicCount, itemLimit: Schema.ticLength
        ) { checker, path, text in checkTalk(text, at: path, silent: silent, with: &checker) }
        let physicalTics = checker.textList(
            field(.physicalTics), at: Field.physicalTics.rawValue, count: Schema.physicalTicCount, itemLimit: Schema.ticLength
        ) { checker, path, text in
            guard GestureText.isSingleGesture(text) else { checker.report(path, .notAGesture(text)); return false }
            return true
        }
        let emoji = checker.textList(field(.emoji), at: Field.emoji.rawValue, count: Schema.emojiCount, itemLimit: 8) { checker, path, text in
            guard GestureText.isSingleEmoji(text) else { checker.report(path, .notAnEmoji(text)); return false }
            return true
        }
        if let emoji, emoji.isEmpty, let usage = traits?.emojiUsage, usage >= Schema.emojiListRequiredFrom {
            checker.report(Field.emoji.rawValue, .emojiListEmpty(usage: usage))
        }
        let lines = readLines(field(.lines), silent: silent, with: &checker)

        guard let version, let name, let nickname, let origin, let playStyle, let confidence, let attitude, let voice,
            let traits, let elasticity, let recoveryRate, let tiltResistance, let verbalTics, let physicalTics,
            let emoji, let lines
        else { return nil }
        return Personality(
            version: version, name: name, nickname: nickname, origin: origin, playStyle: playStyle,
            confidence: confidence, attitude: attitude, voice: voice, traits: traits, elasticity: elasticity,
            recoveryRate: recoveryRate, tiltResistance: tiltResistance, verbalTics: verbalTics,
            physicalTics: physicalTics, emoji: emoji, lines: lines)
    }

    private static func readOrigin(_ value: PersonalityJSON?, with checker: inout FieldChecker) -> Origin? {
        let path = Field.origin.rawValue
        guard let text = checker.text(value, at: path, limit: Schema.wordLength) else { return nil }
        guard let origin = Origin(rawValue: text) else {
            checker.report(path, .notAllowed(value: text, allowed: Origin.allCases.map(\.rawValue)))
            return nil
        }
        return origin
    }

    /// `recovery_rate` is one number for every trait, or an object with one per trait.
    private static func readRecovery(_ value: PersonalityJSON?, with checker: inout FieldChecker) -> Traits? {
        let path = Field.recoveryRate.rawValue
        switch value {
        case .number?:
            return checker.number(value, at: path).map { Traits(uniform: $0) }
        case .object?, nil:
            return checker.traits(value, at: path)
        case let other?:
            checker.report(path, .wrongType(expected: "a number or an object with one number per trait", found: other.kindDescription))
            return nil
        }
    }

    private static func readLines(_ value: PersonalityJSON?, silent: Bool, with checker: inout FieldChecker) -> Lines? {
        let path = Field.lines.rawValue
        guard let members = checker.object(value, at: path, keys: Situation.allCases.map(\.rawValue)) else { return nil }
        var lines = Lines([:])
        var complete = true
        for situation in Situation.allCases {
            let list = checker.textList(
                members[situation.rawValue], at: FieldChecker.path(path, situation.rawValue), count: Schema.linesPerSituation,
                itemLimit: Schema.lineLength
            ) { checker, itemPath, text in checkTalk(text, at: itemPath, silent: silent, with: &checker) }
            if let list { lines[situation] = list } else { complete = false }
        }
        return complete ? lines : nil
    }

    /// Talk may mix speech and `*gestures*`, but asterisks must pair up, and a silent
    /// character's talk must be gestures only.
    private static func checkTalk(_ text: String, at path: String, silent: Bool, with checker: inout FieldChecker) -> Bool {
        guard GestureText.hasBalancedAsterisks(text) else { checker.report(path, .unbalancedAsterisks(text)); return false }
        if silent, GestureText.hasSpeech(text) { checker.report(path, .speechFromSilentCharacter(text)); return false }
        return true
    }
}
