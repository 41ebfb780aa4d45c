import PokerEngine

/// A move that acts only on a second press of its key (a setting turns this off).
public enum Confirmation: Hashable, Sendable {
    /// All-in for this many chips (raise to, or a call that takes every chip).
    case allIn(Chips)
    /// Mark the game abandoned and leave the table.
    case abandon

    /// The key that confirms.
    var key: Key {
        switch self {
        case .allIn: .character("a")
        case .abandon: .character("x")
        }
    }

    /// What the action bar asks.
    var question: String {
        switch self {
        case let .allIn(amount): "All-in for \(Format.chips(amount))? Press a again to confirm, any other key cancels."
        case .abandon: "Abandon this game for good? Press x again to confirm, any other key cancels."
        }
    }
}
