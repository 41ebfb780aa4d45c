import Foundation

/// An experiment's row id.
public struct ExperimentID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(_ value: Int64) { rawValue = value }
    public static func < (lhs: ExperimentID, rhs: ExperimentID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

/// Where an experiment stands (the `experiment.status` column).
public enum ExperimentStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case pending, running, paused, completed, failed, cancelled
}

/// One row of `experiment`: its name, the experiment file as JSON and its status.
public struct ExperimentRecord: Hashable, Sendable {
    public let id: ExperimentID
    public let name: String
    /// The validated experiment file, as JSON (the source of truth for resuming).
    public let configJSON: String
    public let status: ExperimentStatus
    /// A JSON summary written when the run stops (why it stopped, totals).
    public let summaryJSON: String?
    public let createdAt: Date
    public let updatedAt: Date
}

/// One game of an experiment: its variant and tournament index, and how far it got.
public struct ExperimentGameRecord: Hashable, Sendable {
    public let game: GameID
    public let variant: String
    public let tournamentIndex: Int
    public let status: GameStatus
    /// Hands dealt so far (the one in progress included).
    public let handsPlayed: Int
    /// A hand was dealt and not finished.
    public let handInProgress: Bool
}

/// A complete hand as the experiment report needs it: who sat where, stacks before and after.
public struct ExperimentHandRecord: Hashable, Sendable, Codable {
    public let game: GameID
    public let number: Int
    public let bigBlind: Int
    /// Seat of each position index.
    public let seats: [Int]
    /// Chips by position index when the hand started.
    public let startingStacks: [Int]
    /// Chips by position index when it ended.
    public let finishingStacks: [Int]

    public init(game: GameID, number: Int, bigBlind: Int, seats: [Int], startingStacks: [Int], finishingStacks: [Int]) {
        self.game = game
        self.number = number
        self.bigBlind = bigBlind
        self.seats = seats
        self.startingStacks = startingStacks
        self.finishingStacks = finishingStacks
    }
}

/// What the report needs of one analysed decision.
public struct ExperimentAnalysisRecord: Hashable, Sendable {
    public let id: Int64
    public let game: GameID
    public let handNumber: Int?
    public let seat: Int
    public let street: String
    public let pot: Int?
    public let toCall: Int?
    public let verdict: String
    public let evLostBB: Double?
}

/// What the report needs of one captured LLM decision.
public struct ExperimentCaptureRecord: Hashable, Sendable {
    public let id: Int64
    public let game: GameID
    public let handNumber: Int?
    public let seat: Int?
    public let promptHash: String?
    /// The first answer's text (nil when no answer came back).
    public let rawResponse: String?
    public let parsedActionJSON: String?
    public let correctionChainJSON: String?
    public let error: String?
    public let latencyMs: Int?
}

/// What the report needs of one LLM call attempt.
public struct ExperimentUsageRecord: Hashable, Sendable {
    public let id: Int64
    public let game: GameID
    public let handNumber: Int?
    public let seat: Int?
    /// When the attempt ended.
    public let endedAt: Date
    public let provider: String
    public let model: String
    public let ok: Bool
    public let latencyMs: Int
    public let inputTokens: Int
    public let outputTokens: Int
    public let costUSD: Double?
}

/// Which rows an experiment data query returns: a whole experiment's, or one hand's of one game.
public enum ExperimentDataScope: Hashable, Sendable {
    case experiment(ExperimentID)
    case hand(game: GameID, number: Int)
}
