import PokerEngine

/// What can be wrong with a personality file or one of its fields.
public enum PersonalityProblem: Sendable, Hashable {
    /// The file could not be read at all.
    case unreadable(reason: String)
    /// The file is bigger than ``PersonalitySchema/maxFileBytes``.
    case tooLarge(bytes: Int, limit: Int)
    /// The file name is not `slug.json`.
    case fileNameNotSlug
    /// The text is not JSON; `detail` is the parser's words.
    case invalidJSON(detail: String)
    /// A required field is absent.
    case missing
    /// A field the schema does not know; `suggestion` is the closest known name, if any is close.
    case unknownField(suggestion: String?)
    /// The value has the wrong JSON type.
    case wrongType(expected: String, found: String)
    /// A number outside its allowed range.
    case outOfRange(value: Double, range: ClosedRange<Double>)
    /// A number that must be whole.
    case notWhole(value: Double)
    /// A schema version this build does not read.
    case unsupportedVersion(found: Int, supported: Int)
    /// A string not among the allowed words.
    case notAllowed(value: String, allowed: [String])
    /// A string that is empty or only spaces.
    case empty
    /// A string that spans more than one line.
    case multiline
    /// A string with a control, bidirectional or invisible character at a 1-based character position.
    case controlCharacter(scalar: Unicode.Scalar, position: Int)
    /// A string longer than allowed, in characters.
    case tooLong(length: Int, limit: Int)
    /// A list with too few or too many entries.
    case wrongCount(count: Int, allowed: ClosedRange<Int>)
    /// The same entry appears twice in one list.
    case duplicate(String)
    /// A physical tic that is not one `*gesture*`.
    case notAGesture(String)
    /// A line with an odd number of `*`.
    case unbalancedAsterisks(String)
    /// Speech from a character whose chattiness is 0 (they only gesture).
    case speechFromSilentCharacter(String)
    /// An entry of `emoji` that is not a single emoji.
    case notAnEmoji(String)
    /// `emoji` is empty although `traits.emoji_usage` says they use emoji.
    case emojiListEmpty(usage: Double)
    /// Another file in the same directory already uses this name or slug.
    case duplicateCharacter(name: String, otherFile: String)

    /// The problem as the rest of a sentence whose subject is `subject` ("`name`", "the file").
    public func sentence(subject: String) -> String {
        switch self {
        case .unreadable(let reason): "\(subject) cannot be read (\(reason))."
        case .tooLarge(let bytes, let limit): "\(subject) is \(bytes) bytes; the limit is \(limit)."
        case .fileNameNotSlug:
            "\(subject) must be named as a slug: lowercase letters, digits and hyphens, then `.json` (like `victorian-miser.json`)."
        case .invalidJSON(let detail): "\(subject) is not valid JSON: \(detail)."
        case .missing: "\(subject) is missing."
        case .unknownField(let suggestion):
            "\(subject) is not a known field" + (suggestion.map { " (did you mean `\($0)`?)." } ?? ".")
        case .wrongType(let expected, let found): "\(subject) must be \(expected), but is \(found)."
        case .outOfRange(let value, let range):
            "\(subject) must be between \(Self.format(range.lowerBound)) and \(Self.format(range.upperBound)), but is \(Self.format(value))."
        case .notWhole(let value): "\(subject) must be a whole number, but is \(Self.format(value))."
        case .unsupportedVersion(let found, let supported):
            "\(subject) is \(found), but this build reads version \(supported)."
        case .notAllowed(let value, let allowed):
            "\(subject) is \"\(value)\", but must be one of: \(allowed.joined(separator: ", "))."
        case .empty: "\(subject) must not be empty."
        case .multiline: "\(subject) must be a single line."
        case .controlCharacter(let scalar, let position):
            TextSanitizer.refusal(field: subject, scalar: scalar, position: position) + "."
        case .tooLong(let length, let limit): "\(subject) is \(length) characters long; the limit is \(limit)."
        case .wrongCount(let count, let allowed):
            "\(subject) must have \(Self.format(allowed)) entries, but has \(count)."
        case .duplicate(let text): "\(subject) repeats an earlier entry (\"\(text)\")."
        case .notAGesture(let text):
            "\(subject) must be one gesture wrapped in asterisks, like `*taps the table*`, but is \"\(text)\"."
        case .unbalancedAsterisks(let text):
            "\(subject) has an unmatched `*` (\"\(text)\"); wrap each gesture in a pair of asterisks."
        case .speechFromSilentCharacter(let text):
            "\(subject) is speech (\"\(text)\"), but a character with `traits.chattiness` 0 only gestures; write it as `*gesture*`."
        case .notAnEmoji(let text): "\(subject) must be a single emoji, but is \"\(text)\"."
        case .emojiListEmpty(let usage):
            "\(subject) is empty, but `traits.emoji_usage` is \(Self.format(usage)); list a few emoji or lower emoji_usage below \(Self.format(PersonalitySchema.emojiListRequiredFrom))."
        case .duplicateCharacter(let name, let otherFile):
            "\(subject) \"\(name)\" is already used by \(otherFile) in the same directory."
        }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }

    private static func format(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "exactly \(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
    }
}
