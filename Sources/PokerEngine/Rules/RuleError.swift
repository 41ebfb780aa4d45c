/// Why a move is illegal right now. Each case carries the context a player needs.
public enum RuleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The hand has ended; nobody may act.
    case handIsOver
    /// It is somebody else's turn (`expected` is the player to act).
    case notYourTurn(expected: Int, got: Int)
    /// A table seat that has no cards in this hand (busted, or empty) was asked to act. Seats count
    /// from 0 at the table; positions (`p1`, `p2`, …) count the players dealt in from the button.
    case seatNotDealtIn(seat: Int)
    /// Folding when checking is free is not allowed (tournament rules, as PokerKit).
    case foldWhenCheckIsFree(player: Int)
    /// No bet or raise is possible; `reason` says why.
    case raiseNotAllowed(player: Int, reason: RaiseBlock)
    /// The raise-to amount is below the minimum for this street.
    case raiseBelowMinimum(player: Int, amount: Chips, minimum: Chips)
    /// The raise-to amount is more than the player has.
    case raiseAboveMaximum(player: Int, amount: Chips, maximum: Chips)

    /// Why betting or raising is closed to the player to act.
    public enum RaiseBlock: String, Hashable, Sendable, Codable {
        /// The stack does not cover more than a call: calling puts the player all-in.
        case stackOnlyCoversCall
        /// Every other player still in the hand is all-in or covered: nobody could call a raise.
        case noOpponentCanCall
        /// Facing only an all-in that was less than a full raise, a player who already acted may
        /// not re-raise (WSOP 2024 Rule 96; several short all-ins that add up to a full raise
        /// reopen the betting, Rule 96a).
        case shortAllInDoesNotReopen
    }

    public var description: String {
        switch self {
        case .handIsOver: "the hand is over"
        case let .notYourTurn(expected, got): "it is p\(expected + 1)'s turn, not p\(got + 1)'s"
        case let .seatNotDealtIn(seat): "seat \(seat + 1) is not dealt in this hand"
        case .foldWhenCheckIsFree: "nothing to call: check instead of folding"
        case let .raiseNotAllowed(_, reason):
            switch reason {
            case .stackOnlyCoversCall: "your stack only covers a call"
            case .noOpponentCanCall: "nobody left can call a raise (everyone else is all-in)"
            case .shortAllInDoesNotReopen: "the short all-in did not reopen the betting: call or fold"
            }
        case let .raiseBelowMinimum(_, amount, minimum): "raise to \(amount) is below the minimum raise to \(minimum)"
        case let .raiseAboveMaximum(_, amount, maximum): "raise to \(amount) is more than you have (max \(maximum))"
        }
    }
}
