import PokerEngine

/// One betting decision as the core reads it: who, on which street, what, and the chips involved.
public struct LineAction: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case fold, check, call
        /// A bet or raise (also an all-in that raises).
        case raise
    }

    public var street: Street
    public var player: Int
    public var kind: Kind
    /// Street total in front of the player after the action (raise-to; the called amount for calls).
    public var to: Chips
    /// The largest bet on the street before the action (what had to be matched).
    public var facing: Chips
    /// The pot (everything in the middle, bets included) before the action.
    public var potBefore: Chips
    /// The player's stack behind before the action.
    public var stackBefore: Chips
    /// The player's own bet on the street before the action.
    public var betBefore: Chips
    public var allIn: Bool

    /// A bet or raise expressed as the pot fraction it added on top of a call (0 for other kinds).
    public var raiseFraction: Double {
        guard kind == .raise else { return 0 }
        let toCall = facing - betBefore
        let potAfterCall = potBefore + toCall
        guard potAfterCall > .zero else { return 0 }
        return Double((to - facing).rawValue) / Double(potAfterCall.rawValue)
    }
}
