/// Why an experiment file cannot be used. Every message is one sentence naming the file and the field.
public enum ExperimentFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file cannot be read.
    case unreadable(file: String, reason: String)
    /// The file is not valid TOML (or JSON).
    case syntax(file: String, detail: String)
    /// A required field is absent.
    case missing(file: String, field: String, hint: String)
    /// A field holds the wrong kind of value.
    case wrongType(file: String, field: String, expected: String)
    /// A field's value is out of range or unknown.
    case invalid(file: String, field: String, reason: String)
    /// A field this version does not know (a typo, usually).
    case unknownField(file: String, field: String, known: [String])

    /// The file concerned.
    public var file: String {
        switch self {
        case let .unreadable(file, _), let .syntax(file, _), let .missing(file, _, _), let .wrongType(file, _, _),
             let .invalid(file, _, _), let .unknownField(file, _, _):
            file
        }
    }

    /// The field concerned, when there is one.
    public var field: String? {
        switch self {
        case .unreadable, .syntax: nil
        case let .missing(_, field, _), let .wrongType(_, field, _), let .invalid(_, field, _), let .unknownField(_, field, _):
            field
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(file, reason): "cannot read the experiment file \(file): \(reason)"
        case let .syntax(file, detail): "\(file) is not a valid experiment file: \(detail)"
        case let .missing(file, field, hint): "\(file): `\(field)` is missing (\(hint))"
        case let .wrongType(file, field, expected): "\(file): `\(field)` must be \(expected)"
        case let .invalid(file, field, reason): "\(file): `\(field)` \(reason)"
        case let .unknownField(file, field, known):
            "\(file): `\(field)` is not a known field (known here: \(known.sorted().joined(separator: ", ")))"
        }
    }
}
