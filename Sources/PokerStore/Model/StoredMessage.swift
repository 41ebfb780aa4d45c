import Foundation

/// One line of table talk or narration.
public struct StoredMessage: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case speech, gesture, chat, system, commentary
    }

    /// Row id once stored.
    public var id: Int64?
    /// The hand it belongs to; `recordAction` fills in the current hand when nil.
    public var handNumber: Int?
    /// The speaking seat; nil for the dealer/system.
    public var seat: Int?
    public var kind: Kind
    public var text: String
    public var createdAt: Date

    public init(id: Int64? = nil, handNumber: Int? = nil, seat: Int?, kind: Kind, text: String, createdAt: Date = Date()) {
        self.id = id
        self.handNumber = handNumber
        self.seat = seat
        self.kind = kind
        self.text = text
        self.createdAt = createdAt
    }
}
