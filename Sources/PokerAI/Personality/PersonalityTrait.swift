/// One of the five numeric traits every personality has, each a number in 0…1.
/// The raw value is the key used in personality files.
public enum PersonalityTrait: String, CaseIterable, Sendable, Hashable, Codable {
    /// How much the character bets and raises rather than checks and calls.
    case aggression
    /// How often the character bets without the hand to back it.
    case bluffTendency = "bluff_tendency"
    /// How many starting hands the character plays (0 plays almost none, 1 almost all).
    case looseness
    /// How often the character talks at the table (0 never speaks and only gestures).
    case chattiness
    /// How often the character's talk carries emoji.
    case emojiUsage = "emoji_usage"

    /// A short label for tables: "aggression", "bluff", "looseness", "chattiness", "emoji".
    public var label: String {
        switch self {
        case .aggression: "aggression"
        case .bluffTendency: "bluff"
        case .looseness: "looseness"
        case .chattiness: "chattiness"
        case .emojiUsage: "emoji"
        }
    }
}
