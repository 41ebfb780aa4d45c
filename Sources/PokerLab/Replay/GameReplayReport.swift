import PokerGame
import PokerStore

/// How one hand of a recorded game came out when replayed.
public struct HandReplayResult: Hashable, Sendable, Codable {
    public var number: Int
    public var decisions: Int
    /// Decisions answered from LLM captures (the rest were offline bots or the recorded human).
    public var fromCaptures: Int
    public var actionsMatch: Bool
    public var stacksMatch: Bool
    /// The first difference, in words.
    public var difference: String?

    public var matches: Bool { actionsMatch && stacksMatch }
}

/// The result of replaying a recorded game from its captures, with no network.
public struct GameReplayReport: Hashable, Sendable, Codable {
    public var game: GameID
    public var hands: [HandReplayResult]
    /// Decisions that could not be replayed as recorded (a capture missing or unreadable, an
    /// action no longer legal).
    public var problems: [String]
    /// Captures no replayed decision asked for.
    public var unusedCaptures: Int
    public var recordedStacks: [Int]
    public var replayedStacks: [Int]

    public var finalStacksMatch: Bool { recordedStacks == replayedStacks }
    public var decisions: Int { hands.reduce(0) { $0 + $1.decisions } }
    public var fromCaptures: Int { hands.reduce(0) { $0 + $1.fromCaptures } }
    /// Every hand, every action and the final stacks as recorded.
    public var matches: Bool {
        hands.allSatisfy(\.matches) && finalStacksMatch && problems.isEmpty && unusedCaptures == 0
    }
}

/// Why a recorded game cannot be replayed at all.
public enum GameReplayError: Error, Hashable, Sendable, CustomStringConvertible {
    case store(StoreError)
    case engine(String)

    public var description: String {
        switch self {
        case let .store(error): error.description
        case let .engine(reason): "the recorded game cannot be rebuilt: \(reason)"
        }
    }
}
