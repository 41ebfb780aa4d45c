/// Where the table is in its cycle.
public enum TablePhase: Hashable, Sendable {
    /// A hand is being played (the human or an AI seat is to act).
    case inHand
    /// An all-in board is being dealt street by street.
    case runout
    /// The hand is over: the result is shown until the next hand is dealt.
    case handOver
    /// The human has just busted: watch, play the rest out quickly, or abandon.
    case humanBusted(place: Int)
    /// The rest of the tournament is being played without the table.
    case simulating(status: String)
    /// One player has every chip.
    case tournamentOver
}
