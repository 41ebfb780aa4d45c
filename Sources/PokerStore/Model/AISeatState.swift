import Foundation

/// The private state of one AI seat, as JSON text owned by the AI module: psychology (tilt,
/// emotions, elastic traits), opponent models (with raw counters) and session memory. Each save
/// replaces the seat's previous state whole.
public struct AISeatState: Hashable, Sendable, Codable {
    public var seat: Int
    public var psychologyJSON: String?
    public var opponentModelsJSON: String?
    public var sessionMemoryJSON: String?
    /// Set by the store when saved.
    public var updatedAt: Date?

    public init(seat: Int, psychologyJSON: String? = nil, opponentModelsJSON: String? = nil,
                sessionMemoryJSON: String? = nil, updatedAt: Date? = nil) {
        self.seat = seat
        self.psychologyJSON = psychologyJSON
        self.opponentModelsJSON = opponentModelsJSON
        self.sessionMemoryJSON = sessionMemoryJSON
        self.updatedAt = updatedAt
    }
}
