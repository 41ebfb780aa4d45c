/// A betting decision, named as PokerKit and PHH name them (`f`, `cc`, `cbr`).
public enum Action: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Give up the hand. Illegal when checking is possible (tournament rules, as PokerKit).
    case fold
    /// Check when nothing is owed, otherwise call (all-in when the stack is short).
    case checkOrCall
    /// Bet or raise **to** this many chips in front of the player on this street (PHH `cbr`).
    case betOrRaise(to: Chips)

    public var description: String {
        switch self {
        case .fold: "fold"
        case .checkOrCall: "check/call"
        case let .betOrRaise(amount): "bet/raise to \(amount)"
        }
    }
}
