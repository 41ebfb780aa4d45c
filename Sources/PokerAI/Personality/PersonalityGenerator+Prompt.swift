extension PersonalityGenerator {
    /// The system message: the schema, the writing rules and one worked example.
    static var systemPrompt: String {
        let schema = PersonalitySchema.self
        let situations = Situation.allCases.map { "\($0.rawValue) (\($0.meaning))" }.joined(separator: ", ")
        return """
            You write characters for PokerFace, a Texas Hold'em game played in a terminal, where every \
            opponent is a character who plays, talks and sulks in character. Given a name and a one-line \
            description, you write that character as one JSON object.

            Fields (all required, no others):
            - version: always \(Personality.currentVersion).
            - name: the character's name (at most \(schema.nameLength) characters).
            - nickname: a short label for the seat, at most \(schema.nicknameLength) characters.
            - origin: one of \(Origin.allCases.map(\.rawValue).joined(separator: ", ")).
            - play_style: how they play poker, one sentence (at most \(schema.playStyleLength) characters).
            - confidence, attitude: a word or short phrase each.
            - voice: how they speak, one or two sentences of direction for an actor (at most \(schema.voiceLength) characters).
            - traits: numbers from 0 to 1. aggression: bets and raises rather than checks and calls. \
            bluff_tendency: bets without the hand. looseness: how many starting hands they play. \
            chattiness: how much they talk (0 = never speaks, only gestures). emoji_usage: how often their talk has emoji.
            - elasticity: the same five keys, 0 to 1: how far pressure can push each trait. Defining, extreme \
            traits are stubborn (0.1 to 0.3); moderate ones move more (0.3 to 0.6); chattiness usually moves most.
            - recovery_rate: 0.05 to 0.25, the share of the way back to normal a trait recovers each hand \
            (one number, or an object with the five keys).
            - tilt_resistance: 0 to 1; 0 tilts at the first bad beat, 1 never tilts.
            - verbal_tics: \(schema.verbalTicCount.lowerBound) to \(schema.verbalTicCount.upperBound) things they say often (each at most \(schema.ticLength) characters).
            - physical_tics: \(schema.physicalTicCount.lowerBound) to \(schema.physicalTicCount.upperBound) gestures, each wrapped in asterisks, like "*polishes monocle*".
            - emoji: up to \(schema.emojiCount.upperBound) single emoji they favour; at least one when emoji_usage is \(schema.emojiListRequiredFrom) or more.
            - lines: canned table talk, an object with 2 to 4 short lines (at most \(schema.lineLength) characters) for each of: \(situations).

            Writing rules:
            - Make the numbers follow the character: a cautious miser is tight and passive (low looseness and \
            aggression), a pirate loose and aggressive, a trickster bluffs a lot. Use the whole range; do not \
            put everything near 0.5.
            - Lines are short remarks made at a poker table, in the character's own voice: vivid, specific, \
            funny. No narration. A line may mix speech and gestures: "*tips hat* Evening, partner." \
            Gestures go between a pair of asterisks.
            - A character with chattiness 0 only gestures: every verbal tic and line must then be a *gesture*.
            - Keep it friendly table banter: no slurs, nothing cruel. If the name is a real living person, \
            write an affectionate caricature of their public persona and invent nothing private.
            - Answer with the JSON object only: no Markdown, no comments.

            Example (a different character):
            \(example.fileText)
            """
    }

    /// The worked example in the system prompt. Validated by the tests like any file.
    static let example = Personality(
        name: "The Lighthouse Keeper", nickname: "Keeper", origin: .archetype,
        playStyle: "Patient and weather-wise, folds through storms and bets hard when the sea is calm and the hand is strong.",
        confidence: "steady", attitude: "kindly but watchful",
        voice: "Slow, salty and few words; speaks in weather and tides, never hurries a sentence.",
        traits: Traits(aggression: 0.55, bluffTendency: 0.2, looseness: 0.25, chattiness: 0.35, emojiUsage: 0.2),
        elasticity: Traits(aggression: 0.35, bluffTendency: 0.25, looseness: 0.2, chattiness: 0.5, emojiUsage: 0.2),
        recoveryRate: Traits(uniform: 0.12), tiltResistance: 0.8,
        verbalTics: ["Storm's coming.", "Seen worse off the point.", "Mind the rocks, friend."],
        physicalTics: ["*trims the wick of an imaginary lamp*", "*squints at the horizon*"],
        emoji: ["🌊", "🕯️"],
        lines: Lines([
            .greeting: ["Evening. Tide's turning.", "*hangs up a dripping oilskin* Deal me in."],
            .raise: ["Calm seas. I'll push off.", "Raising. The light's on for a reason."],
            .allIn: ["All hands on deck.", "Everything, then. Let the sea decide."],
            .fold: ["Not in this weather.", "*shakes head at the clouds*"],
            .win: ["Safe harbour. 🌊", "The light never lies."],
            .lose: ["Squall out of nowhere.", "Lost a boat once. Lost a pot now. Life goes on."],
            .bigPot: ["That's a lot of water in the boat.", "Big swell building."],
            .bluffCaught: ["Ran aground on that one.", "Fog got me."],
            .bust: ["Light's out. Goodnight, all. 🕯️", "Back to the rock, then."],
            .needle: ["You steer like a landlubber.", "I've seen gulls bet smarter."],
        ]))
}
