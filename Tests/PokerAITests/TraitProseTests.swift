import Testing
@testable import PokerAI

@Suite struct TraitProseTests {
    @Test(arguments: [
        (0.0, TraitBand.veryLow), (0.19, .veryLow), (0.2, .low), (0.39, .low), (0.4, .moderate), (0.59, .moderate),
        (0.6, .high), (0.79, .high), (0.8, .veryHigh), (1.0, .veryHigh), (-0.5, .veryLow), (1.5, .veryHigh),
    ])
    func bandThresholds(value: Double, band: TraitBand) {
        #expect(TraitBand(value) == band)
    }

    @Test(arguments: [
        (PersonalityTrait.aggression, 0.85, "You bet and raise far more than you call, and keep up the pressure on every street."),
        (.aggression, 0.05, "You almost never bet or raise: you check and call, and fold when pushed."),
        (.aggression, 0.5, "You mix bets, raises and calls in fair measure."),
        (.looseness, 0.92, "You play almost any two cards and hate to fold before the flop."),
        (.looseness, 0.1, "You play very few hands: premium starting hands only, and you fold the rest without regret."),
        (.bluffTendency, 0.95, "You bluff relentlessly: a weak hand is just a story waiting to be told."),
        (.bluffTendency, 0.3, "You bluff rarely, and only when the story is convincing."),
        (.chattiness, 0.0, "You never speak: you express yourself only with gestures, written *like this*."),
        (.chattiness, 0.1, "You rarely speak: a word or two at most, often just a gesture."),
        (.chattiness, 0.7, "You talk a lot: full sentences, opinions, reactions to everything."),
        (.emojiUsage, 0.0, "You never use emoji."),
        (.emojiUsage, 0.9, "You sprinkle emoji through almost everything you say."),
    ])
    func sentences(trait: PersonalityTrait, value: Double, expected: String) {
        #expect(TraitProse.sentence(for: trait, value: value) == expected)
    }

    @Test(arguments: [
        (0.5, 0.5, PlayerArchetype.balanced), (0.05, 0.1, .nit), (0.1, 0.9, .nit), (0.3, 0.2, .rock),
        (0.3, 0.7, .tightAggressive), (0.9, 0.1, .callingStation), (0.7, 0.7, .looseAggressive),
        (0.9, 0.9, .maniac), (0.8, 0.79, .looseAggressive), (0.6, 0.4, .balanced), (0.61, 0.4, .callingStation),
    ])
    func archetypes(looseness: Double, aggression: Double, archetype: PlayerArchetype) {
        let traits = Traits(aggression: aggression, bluffTendency: 0.5, looseness: looseness, chattiness: 0.5, emojiUsage: 0)
        #expect(PlayerArchetype(traits) == archetype)
    }

    @Test func promptDescriptionUsesCurrentTraits() {
        var tilted = sampleCharacter.traits
        tilted.aggression = 0.95
        let calm = sampleCharacter.promptDescription()
        let angry = sampleCharacter.promptDescription(current: tilted)
        #expect(calm.contains("You mix bets, raises and calls in fair measure."))
        #expect(angry.contains("You bet and raise far more than you call"))
        #expect(angry.contains("You are The Lighthouse Keeper (\"Keeper\")."))
        #expect(angry.contains("Your favourites: 🌊 🕯️."))
    }
}
