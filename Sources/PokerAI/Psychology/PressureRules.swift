/// The thresholds ``PressureDetector`` uses to turn a finished hand into pressure events.
/// Amounts are in **big blinds** or shares of the player's starting stack, never absolute chips.
public enum PressureRules {
    /// Smaller wins (a walk, a stolen blind) are no event and do not end a losing streak.
    public static let minimumWinBigBlinds = 2.0
    /// A win this large in big blinds is big…
    public static let bigWinBigBlinds = 25.0
    /// …and so is a win of this share of the starting stack (if at least ``minimumBigBlinds``).
    public static let bigWinStackShare = 0.5
    /// A loss this large in big blinds is big (folders lose only what they put in)…
    public static let bigLossBigBlinds = 25.0
    /// …and so is a loss of this share of the starting stack (if at least ``minimumBigBlinds``).
    public static let bigLossStackShare = 0.4
    /// Stack-share rules need at least this many big blinds, so a 3-blind stack's 2-blind pot is no event.
    public static let minimumBigBlinds = 5.0
    /// Crippled: survived with at most this share of the starting stack (having lost ≥ ``minimumBigBlinds``).
    public static let crippledStackShare = 1.0 / 3.0
    /// A fold is costly (counts toward a losing streak) when it loses at least this many big blinds.
    public static let costlyFoldBigBlinds = 10.0
    /// A bad beat: the loser's all-in equity was at least this…
    public static let badBeatEquity = 0.60
    /// …or, with three or more players all in, the highest and at least this.
    public static let badBeatFavouriteEquity = 0.40
}
