/// How pots are formed and split at showdown. The two rules give the same result except for
/// odd chips when tied players share several pots.
public enum PotSplitRule: String, Hashable, Sendable, Codable, CaseIterable {
    /// WSOP 2024 Tournament Rules 73–74: the main pot and each side pot (formed by the all-in
    /// amounts of players still in the hand when betting ends) are split separately; the odd chip
    /// goes to the first winner left of the button. The default.
    case wsop
    /// PokerKit 0.7.7: losing hands are killed first, then adjacent pots whose remaining
    /// eligible players are identical are merged and split once. Used to reproduce PokerKit
    /// and PHH files exactly.
    case pokerKit
}
