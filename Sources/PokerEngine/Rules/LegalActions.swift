/// What the player to act may do now. Amounts are per street: `callAmount` is what the player
/// must add to call; raise bounds are "raise to" totals in front of the player on this street.
public struct LegalActions: Hashable, Sendable, Codable {
    /// Position index of the player to act.
    public let player: Int
    /// False when checking is possible (folding then is not allowed).
    public let canFold: Bool
    /// Chips to add to check (0) or call; capped at the stack (a short call is all-in).
    public let callAmount: Chips
    /// Lowest legal bet/raise-to, or nil when betting/raising is closed (see `raiseBlock`).
    public let minRaiseTo: Chips?
    /// Highest legal bet/raise-to (all-in), or nil when betting/raising is closed.
    public let maxRaiseTo: Chips?
    /// Why betting/raising is closed, when it is.
    public let raiseBlock: RuleError.RaiseBlock?
    /// The largest bet on this street, and the player's own bet and stack.
    public let currentBet: Chips
    public let playerBet: Chips
    public let stack: Chips
    /// Chips already in the pots plus all bets on this street.
    public let potTotal: Chips

    public var canCheck: Bool { callAmount == .zero }
    public var canRaise: Bool { minRaiseTo != nil }
    /// True when no bet has been made on this street (the aggressive action is a "bet").
    public var isOpeningBet: Bool { currentBet == .zero }
    /// Calling puts the player all-in.
    public var callIsAllIn: Bool { callAmount == stack && callAmount > .zero }

    /// A pot-sized raise-to (call, then raise the size of the pot), clamped into the legal range.
    public var potRaiseTo: Chips? { raiseTo(potFraction: 1) }

    /// Raise-to that bets `fraction` of the pot after calling, clamped into the legal range.
    /// `fraction == 1` is PokerKit's pot-limit raise: 2 × current bet − own bet + pot.
    public func raiseTo(potFraction fraction: Double) -> Chips? {
        let toCall = currentBet - playerBet
        let potAfterCall = potTotal + toCall
        let target = currentBet + Chips(Int((Double(potAfterCall.rawValue) * fraction).rounded()))
        return clampRaise(target)
    }

    /// Clamps any requested raise-to into [min, max]; nil when raising is closed.
    public func clampRaise(_ amount: Chips) -> Chips? {
        guard let minRaiseTo, let maxRaiseTo else { return nil }
        return Swift.min(Swift.max(amount, minRaiseTo), maxRaiseTo)
    }

    /// Whether `action` is legal, with the precise reason when not.
    public func validate(_ action: Action) throws(RuleError) {
        switch action {
        case .fold:
            if !canFold { throw .foldWhenCheckIsFree(player: player) }
        case .checkOrCall:
            return
        case let .betOrRaise(amount):
            guard let minRaiseTo, let maxRaiseTo else {
                throw .raiseNotAllowed(player: player, reason: raiseBlock ?? .noOpponentCanCall)
            }
            if amount < minRaiseTo { throw .raiseBelowMinimum(player: player, amount: amount, minimum: minRaiseTo) }
            if amount > maxRaiseTo { throw .raiseAboveMaximum(player: player, amount: amount, maximum: maxRaiseTo) }
        }
    }

    /// Every distinct kind of legal action (raise listed once, at its minimum).
    public var options: [Action] {
        var out: [Action] = []
        if canFold { out.append(.fold) }
        out.append(.checkOrCall)
        if let minRaiseTo { out.append(.betOrRaise(to: minRaiseTo)) }
        return out
    }
}
