/// Turns numeric traits into second-person play-style prose for language-model prompts, so a
/// model plays the numbers and not only the name. Each trait maps through its ``TraitBand`` to one
/// sentence; chattiness exactly 0 and emoji usage exactly 0 have their own sentences. Pass the
/// current (elastic) values, not just the anchors, so pressure and tilt show in the prompt.
public enum TraitProse {
    /// The sentence for one trait at one value.
    public static func sentence(for trait: PersonalityTrait, value: Double) -> String {
        let band = TraitBand(value)
        switch trait {
        case .aggression: return aggression[band.rawValue]
        case .looseness: return looseness[band.rawValue]
        case .bluffTendency: return bluffing[band.rawValue]
        case .chattiness: return value <= 0 ? "You never speak: you express yourself only with gestures, written *like this*." : chattiness[band.rawValue]
        case .emojiUsage: return value <= 0 ? "You never use emoji." : emoji[band.rawValue]
        }
    }

    /// How they play: looseness, aggression and bluffing, then the overall archetype.
    public static func playStyle(_ traits: Traits) -> String {
        ([PersonalityTrait.looseness, .aggression, .bluffTendency].map { sentence(for: $0, value: traits[$0]) }
            + [PlayerArchetype(traits).summary]).joined(separator: " ")
    }

    /// How they talk: chattiness and emoji, naming their favourite emoji when they use any.
    public static func talkStyle(_ traits: Traits, favouriteEmoji: [String] = []) -> String {
        var sentences = [sentence(for: .chattiness, value: traits.chattiness), sentence(for: .emojiUsage, value: traits.emojiUsage)]
        if traits.emojiUsage > 0, !favouriteEmoji.isEmpty {
            sentences.append("Your favourites: \(favouriteEmoji.joined(separator: " ")).")
        }
        return sentences.joined(separator: " ")
    }

    private static let aggression = [
        "You almost never bet or raise: you check and call, and fold when pushed.",
        "You prefer checking and calling to betting, and raise only with strong hands.",
        "You mix bets, raises and calls in fair measure.",
        "You like to take the lead: you bet and raise more often than you call.",
        "You bet and raise far more than you call, and keep up the pressure on every street.",
    ]
    private static let looseness = [
        "You play very few hands: premium starting hands only, and you fold the rest without regret.",
        "You are selective: you play strong starting hands and fold most others.",
        "You play a reasonable range of starting hands, more of them in late position.",
        "You play many hands and like to see flops with speculative cards.",
        "You play almost any two cards and hate to fold before the flop.",
    ]
    private static let bluffing = [
        "You almost never bluff: when you bet, you have it.",
        "You bluff rarely, and only when the story is convincing.",
        "You bluff now and then, enough to stay unpredictable.",
        "You bluff often and enjoy representing hands you do not hold.",
        "You bluff relentlessly: a weak hand is just a story waiting to be told.",
    ]
    private static let chattiness = [
        "You rarely speak: a word or two at most, often just a gesture.",
        "You speak briefly, and only when something matters.",
        "You talk at the table in short, natural remarks.",
        "You talk a lot: full sentences, opinions, reactions to everything.",
        "You can hardly stop talking: every action comes with commentary.",
    ]
    private static let emoji = [
        "You almost never use emoji.",
        "You use an emoji once in a while.",
        "You use emoji in some of your remarks.",
        "You use emoji often.",
        "You sprinkle emoji through almost everything you say.",
    ]
}
