/// A character who sits at the table: who they are, how they play (numeric traits), how far
/// pressure moves them, and how they talk. A validated value: every instance that comes out of
/// ``PersonalityLibrary``, ``PersonalityGenerator`` or decoding has passed ``PersonalityValidator``.
///
/// The file format is documented in `docs/personalities.md`; keys are snake_case.
public struct Personality: Sendable, Hashable {
    /// The schema version this build reads and writes.
    public static let currentVersion = 1

    /// Schema version of the file (`version`); currently always ``currentVersion``.
    public var version: Int
    /// Full name shown at the table, unique in a library ("Ebenezer Scrooge").
    public var name: String
    /// Short label for narrow places in the UI, at most 16 characters ("Scrooge").
    public var nickname: String
    /// Where the character comes from.
    public var origin: Origin
    /// How they play, in one sentence.
    public var playStyle: String
    /// Their usual confidence, a word or short phrase ("smug", "quietly certain").
    public var confidence: String
    /// Their usual attitude toward the table, a word or short phrase.
    public var attitude: String
    /// How they speak, one or two sentences of direction for a language model.
    public var voice: String
    /// The trait anchors: where each trait sits when nothing is pressing on the character.
    public var traits: Traits
    /// How far pressure can move each trait away from its anchor (0 never moves, 1 anywhere).
    public var elasticity: Traits
    /// Share of the distance back to the anchor each trait recovers per hand (0…1).
    public var recoveryRate: Traits
    /// How hard it is to put them on tilt (0 tilts at once, 1 never tilts).
    public var tiltResistance: Double
    /// Things they say often, 3–5 lines.
    public var verbalTics: [String]
    /// Things they do often, 2–4 gestures, each written `*like this*`.
    public var physicalTics: [String]
    /// Emoji they favour (may be empty).
    public var emoji: [String]
    /// Canned lines per situation for offline talk.
    public var lines: Lines

    /// A personality from its parts. Nothing is checked here; use ``PersonalityValidator/validate(_:file:)``
    /// on values from outside.
    public init(
        version: Int = Personality.currentVersion, name: String, nickname: String, origin: Origin,
        playStyle: String, confidence: String, attitude: String, voice: String,
        traits: Traits, elasticity: Traits, recoveryRate: Traits, tiltResistance: Double,
        verbalTics: [String], physicalTics: [String], emoji: [String], lines: Lines
    ) {
        self.version = version
        self.name = name
        self.nickname = nickname
        self.origin = origin
        self.playStyle = playStyle
        self.confidence = confidence
        self.attitude = attitude
        self.voice = voice
        self.traits = traits
        self.elasticity = elasticity
        self.recoveryRate = recoveryRate
        self.tiltResistance = tiltResistance
        self.verbalTics = verbalTics
        self.physicalTics = physicalTics
        self.emoji = emoji
        self.lines = lines
    }

    /// Whether the character never speaks and only gestures (chattiness exactly 0).
    public var onlyGestures: Bool { traits.chattiness == 0 }

    /// The coarse style their looseness and aggression anchors add up to.
    public var archetype: PlayerArchetype { PlayerArchetype(traits) }
}
