/// A box drawn over the table.
public enum TableOverlay: Hashable, Sendable {
    case help
    case raiseHelp
    /// Opponent statistics (VPIP, PFR, 3-bet, AF, WTSD, W$SD, bb/100).
    case hud
    /// Players left, average stack, the human's rank, the next level.
    case tournament
    /// The previous hand: board, cards shown, pots and every action.
    case previousHand
    /// Notes on a player: the seat chosen and the text being typed.
    case notes(seat: Int, text: String)
}
