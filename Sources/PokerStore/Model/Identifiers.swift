/// A game's row id (also the PokerStars tournament number of its export).
public struct GameID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(_ value: Int64) { rawValue = value }
    public static func < (lhs: GameID, rhs: GameID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

/// A hand's row id, unique across all games (also its PokerStars hand number).
public struct HandID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(_ value: Int64) { rawValue = value }
    public static func < (lhs: HandID, rhs: HandID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

/// A prompt capture's row id.
public struct CaptureID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(_ value: Int64) { rawValue = value }
    public static func < (lhs: CaptureID, rhs: CaptureID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

/// Where a game stands.
public enum GameStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Can be resumed.
    case running
    /// One player has every chip.
    case finished
    /// Given up by the user; kept for history, not offered for resume.
    case abandoned
}
