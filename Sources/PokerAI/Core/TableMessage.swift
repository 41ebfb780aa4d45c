import Foundation

/// Something said or done at the table: AI speech and gestures, the human's chat, commentary,
/// and system notices. Text from players and LLMs is untrusted and is sanitised before display.
public struct TableMessage: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case speech, gesture, chat, commentary, system
    }
    /// Seat that said it; nil for the dealer/system.
    public var seat: Int?
    public var kind: Kind
    public var text: String
    public var handNumber: Int

    public init(seat: Int?, kind: Kind, text: String, handNumber: Int) {
        self.seat = seat
        self.kind = kind
        self.text = text
        self.handNumber = handNumber
    }
}

/// One beat of a dramatic sequence: spoken words or an `*action*`.
public struct TalkBeat: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case speech, gesture }
    public var kind: Kind
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    /// Parses a beat as LLMs and personality files write them: `*shrugs*` is a gesture.
    public init(parsing raw: String) {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count >= 2, trimmed.hasPrefix("*"), trimmed.hasSuffix("*") {
            self.init(kind: .gesture, text: String(trimmed.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces))
        } else {
            self.init(kind: .speech, text: trimmed)
        }
    }
}
