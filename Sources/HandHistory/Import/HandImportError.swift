/// Why one hand of a hand-history file was not imported, in one line: the file, the hand
/// number, the first line that disagrees and why. The other hands of the file still import.
public struct HandImportError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable, CustomStringConvertible {
        case unsupportedGame(String)
        case unsupported(String)
        case malformed(String)
        case unknownPlayer(String)
        case badCard(String)
        case badAmount(String)
        case truncated(String)
        case illegal(String)
        case disagrees(String)

        public var description: String {
            switch self {
            case let .unsupportedGame(game): "not No-Limit Hold'em (\(game)); only No-Limit Hold'em hands are imported"
            case let .unsupported(what): "\(what) is not supported"
            case let .malformed(what): what
            case let .unknownPlayer(name): "'\(name)' is not seated at the table"
            case let .badCard(text): "'\(text)' is not a card (rank 2-9, T, J, Q, K, A and suit c, d, h, s)"
            case let .badAmount(text): "'\(text)' is not an amount"
            case let .truncated(what): "the hand is cut short: \(what)"
            case let .illegal(what): "illegal: \(what)"
            case let .disagrees(what): "the engine disagrees: \(what)"
            }
        }
    }

    /// The file (or other source) the hand came from.
    public var file: String
    /// The site's hand number, when the header could be read.
    public var hand: String?
    /// 1-based line of the file, and its text.
    public var line: Int?
    public var text: String?
    public var reason: Reason

    public init(file: String, hand: String?, line: Int?, text: String?, reason: Reason) {
        self.file = file
        self.hand = hand
        self.line = line
        self.text = text
        self.reason = reason
    }

    public var description: String {
        var out = file
        if let hand { out += ": hand #\(hand)" }
        if let line { out += ", line \(line)" }
        out += ": \(reason)"
        if let text {
            let shown = text.count > 100 ? String(text.prefix(97)) + "..." : text
            out += " (\"\(shown)\")"
        }
        return out
    }
}

/// A line of the source text with its 1-based number.
public struct SourceLine: Hashable, Sendable {
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}
