import PokerAI

/// Why a scenario suite or one of its spots cannot be used.
public enum ScenarioError: Error, Hashable, Sendable, CustomStringConvertible {
    case unreadableFile(path: String, reason: String)
    case invalidJSON(path: String, reason: String)
    case duplicateID(String)
    case invalidSpot(id: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadableFile(path, reason): "cannot read the scenario suite \(path): \(reason)"
        case let .invalidJSON(path, reason): "\(path) is not a valid scenario suite: \(reason)"
        case let .duplicateID(id): "two spots are called '\(id)'; spot ids must be unique"
        case let .invalidSpot(id, reason): "spot '\(id)': \(reason)"
        }
    }
}
