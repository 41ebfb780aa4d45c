/// One number in 0…1 for each ``PersonalityTrait``. Used for a personality's trait anchors, and with the same
/// shape for how elastic each trait is and how fast it recovers.
public struct Traits: Sendable, Hashable, Codable {
    /// How much the character bets and raises rather than checks and calls.
    public var aggression: Double
    /// How often the character bets without the hand to back it.
    public var bluffTendency: Double
    /// How many starting hands the character plays.
    public var looseness: Double
    /// How often the character talks; 0 means gestures only.
    public var chattiness: Double
    /// How often the character's talk carries emoji.
    public var emojiUsage: Double

    /// Traits from explicit values. Values are stored as given; ``clamped()`` forces them into 0…1.
    public init(aggression: Double, bluffTendency: Double, looseness: Double, chattiness: Double, emojiUsage: Double) {
        self.aggression = aggression
        self.bluffTendency = bluffTendency
        self.looseness = looseness
        self.chattiness = chattiness
        self.emojiUsage = emojiUsage
    }

    /// The same value for every trait.
    public init(uniform value: Double) {
        self.init(aggression: value, bluffTendency: value, looseness: value, chattiness: value, emojiUsage: value)
    }

    /// Traits built by asking `value` for each trait.
    public init(_ value: (PersonalityTrait) -> Double) {
        self.init(
            aggression: value(.aggression), bluffTendency: value(.bluffTendency), looseness: value(.looseness),
            chattiness: value(.chattiness), emojiUsage: value(.emojiUsage))
    }

    /// The value of one trait.
    public subscript(trait: PersonalityTrait) -> Double {
        get {
            switch trait {
            case .aggression: aggression
            case .bluffTendency: bluffTendency
            case .looseness: looseness
            case .chattiness: chattiness
            case .emojiUsage: emojiUsage
            }
        }
        set {
            switch trait {
            case .aggression: aggression = newValue
            case .bluffTendency: bluffTendency = newValue
            case .looseness: looseness = newValue
            case .chattiness: chattiness = newValue
            case .emojiUsage: emojiUsage = newValue
            }
        }
    }

    /// Whether all five values are equal (then files may write them as one number).
    public var isUniform: Bool { PersonalityTrait.allCases.allSatisfy { self[$0] == aggression } }

    /// Every value forced into 0…1.
    public func clamped() -> Traits { Traits { min(1, max(0, self[$0])) } }

    private enum CodingKeys: String, CodingKey {
        case aggression, looseness, chattiness
        case bluffTendency = "bluff_tendency"
        case emojiUsage = "emoji_usage"
    }
}
