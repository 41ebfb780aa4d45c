import PokerEngine

/// Why a PHH file or hand cannot be read or replayed. One sentence each.
public enum PHHError: Error, Hashable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case toml(line: Int, column: Int, message: String)
    case missingField(String)
    case wrongType(field: String, expected: String)
    case amountTooFine(field: String)
    case unsupportedVariant(String)
    case badAction(String, String)
    case inconsistentCards(String)
    case illegalAction(index: Int, action: String, reason: String)
    case unexpectedEnd(String)
    case invalidTable(String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): "cannot read \(path): \(reason)"
        case let .toml(line, column, message): "TOML error at line \(line), column \(column): \(message)"
        case let .missingField(field): "the required field '\(field)' is missing"
        case let .wrongType(field, expected): "the field '\(field)' should be \(expected)"
        case let .amountTooFine(field):
            "'\(field)' holds an amount with more than \(ChipUnit.maximumDecimals) decimals or too large to play in its smallest unit"
        case let .unsupportedVariant(variant):
            "unsupported variant \(variant): only No-Limit Texas Hold'em ('NT') is supported"
        case let .badAction(line, reason): "bad action '\(line)': \(reason)"
        case let .inconsistentCards(reason): "inconsistent cards: \(reason)"
        case let .illegalAction(index, action, reason): "action \(index + 1) '\(action)' is illegal: \(reason)"
        case let .unexpectedEnd(reason): "the actions end early: \(reason)"
        case let .invalidTable(reason): "invalid table: \(reason)"
        }
    }
}
