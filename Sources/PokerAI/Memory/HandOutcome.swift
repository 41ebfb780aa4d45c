import PokerEngine

/// How a hand ended for one player.
public enum HandOutcome: Codable, Sendable, Hashable {
    /// Finished with more chips than they started with.
    case won
    /// Reached showdown and finished with fewer chips.
    case lostAtShowdown
    /// Folded on this street (lost only what they had put in).
    case folded(Street)
    /// Neither won nor lost (a chop, or nothing at stake).
    case brokeEven
}
