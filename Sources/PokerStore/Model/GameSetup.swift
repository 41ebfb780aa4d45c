import PokerEngine

/// Who sits in one seat.
public struct SeatSetup: Hashable, Sendable, Codable {
    /// Who decides for the seat.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case human, offline, llm
    }

    public var name: String
    public var kind: Kind
    /// Personality slug (nil for the human).
    public var personality: String?
    /// LLM provider and model for `.llm` seats.
    public var provider: String?
    public var model: String?

    public init(name: String, kind: Kind, personality: String? = nil, provider: String? = nil, model: String? = nil) {
        self.name = name
        self.kind = kind
        self.personality = personality
        self.provider = provider
        self.model = model
    }
}

/// Everything chosen before a game starts. Stored as JSON with the game; with the match
/// snapshot it is all a resumed game needs.
public struct GameSetup: Hashable, Sendable, Codable {
    /// One entry per seat, seat 0 first.
    public var seats: [SeatSetup]
    /// Game mode slug (e.g. `casual`, `standard`, `pro`, `competitive`).
    public var mode: String
    /// Seconds an AI seat may think before its fallback decision; nil for no limit.
    public var decisionTimeout: Double?
    /// The tournament settings (seed, stacks, blind schedule).
    public var match: MatchConfig
    /// A name the player gave the game (`hh import --game-name`); nil for played games.
    public var name: String?

    public init(seats: [SeatSetup], mode: String, decisionTimeout: Double? = nil, match: MatchConfig, name: String? = nil) {
        self.seats = seats
        self.mode = mode
        self.decisionTimeout = decisionTimeout
        self.match = match
        self.name = name
    }

    /// The human's seat, if one plays.
    public var humanSeat: Int? { seats.firstIndex { $0.kind == .human } }

    /// Seat names, seat 0 first.
    public var names: [String] { seats.map(\.name) }
}
