import PokerEngine

/// A decision taken before the human's turn, as the buttons beside a PokerStars table offer.
public enum AdvanceAction: Hashable, Sendable, CaseIterable {
    /// Check when free, else fold.
    case checkFold
    /// Check when free; facing a bet, it is cancelled and the human decides.
    case check
    /// Call whatever is bet (check when free).
    case callAny
    /// Fold to the first bet; check while it is free (stays armed for the hand).
    case foldToAnyBet

    /// The key that arms it (pressing it again disarms).
    public var key: Character {
        switch self {
        case .checkFold: "1"
        case .check: "2"
        case .callAny: "3"
        case .foldToAnyBet: "4"
        }
    }

    /// "check/fold".
    public var label: String {
        switch self {
        case .checkFold: "check/fold"
        case .check: "check"
        case .callAny: "call any"
        case .foldToAnyBet: "fold to any bet"
        }
    }

    /// The move it makes for `legal`, or nil when it stands down and lets the human decide.
    public func action(for legal: LegalActions) -> Action? {
        switch self {
        case .checkFold, .foldToAnyBet: legal.canCheck ? .checkOrCall : .fold
        case .check: legal.canCheck ? .checkOrCall : nil
        case .callAny: .checkOrCall
        }
    }

    /// Whether it stays armed after acting (fold to any bet checks through until there is a bet).
    public func staysArmed(after action: Action) -> Bool {
        self == .foldToAnyBet && action == .checkOrCall
    }
}
