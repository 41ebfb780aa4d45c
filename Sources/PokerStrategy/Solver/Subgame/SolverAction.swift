import PokerEngine

/// An action in the solver's tree, with its amount as the engine counts it: `call` carries the
/// chips added; `bet`, `raise` and `allIn` the street total in front of the player afterwards
/// ("raise to"). `allIn` is a bet or raise of the whole stack.
public enum SolverAction: Hashable, Sendable, Codable, CustomStringConvertible {
    case fold
    case check
    case call(Chips)
    case bet(to: Chips)
    case raise(to: Chips)
    case allIn(to: Chips)

    /// The engine action that performs it.
    public var action: Action {
        switch self {
        case .fold: .fold
        case .check, .call: .checkOrCall
        case let .bet(to), let .raise(to), let .allIn(to): .betOrRaise(to: to)
        }
    }

    /// True for bets, raises and all-ins.
    public var isAggressive: Bool {
        switch self {
        case .bet, .raise, .allIn: true
        case .fold, .check, .call: false
        }
    }

    /// The "raise to" amount of an aggressive action.
    public var raiseTo: Chips? {
        switch self {
        case let .bet(to), let .raise(to), let .allIn(to): to
        case .fold, .check, .call: nil
        }
    }

    public var description: String {
        switch self {
        case .fold: "fold"
        case .check: "check"
        case let .call(amount): "call \(amount)"
        case let .bet(to): "bet \(to)"
        case let .raise(to): "raise to \(to)"
        case let .allIn(to): "all-in \(to)"
        }
    }
}

/// One step down the solved tree: an action, or the card a chance node deals.
public enum SolverStep: Hashable, Sendable, Codable, CustomStringConvertible {
    case action(SolverAction)
    case card(Card)

    public var description: String {
        switch self {
        case let .action(action): action.description
        case let .card(card): card.description
        }
    }
}
