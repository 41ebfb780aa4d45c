import PokerEngine

/// What a player just did, as table talk sees it.
public enum TalkAction: String, Codable, Sendable, Hashable, CaseIterable {
    case fold, check, call, raise, allIn = "all_in"

    /// The action of a betting event (nil for other events).
    public init?(_ event: HandEvent) {
        switch event {
        case .folded: self = .fold
        case .checked: self = .check
        case let .called(_, _, allIn): self = allIn ? .allIn : .call
        case let .betOrRaised(_, _, _, allIn, _): self = allIn ? .allIn : .raise
        default: return nil
        }
    }

    /// The canned-line situation for this action; checks and calls have none (tics are used).
    public var situation: Situation? {
        switch self {
        case .fold: .fold
        case .raise: .raise
        case .allIn: .allIn
        case .check, .call: nil
        }
    }
}
