import PokerAI
import PokerEngine
import PokerGame

/// The new-game form: seats, opponents (picked or random), stack, blind speed, mode, AI
/// provider, seed.
public struct SetupState: Hashable, Sendable {
    /// A line of the form.
    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case name, seats, opponents, stack, blindSpeed, mode, ai, seed, start
    }

    /// A character that can be picked.
    public struct Character: Hashable, Sendable {
        public var slug: String
        public var name: String
        /// The character's own description of how it plays.
        public var style: String
        /// Nit, TAG, LAG, calling station, maniac, rock or balanced.
        public var archetype: String
        /// Aggression, looseness, bluffing and chattiness as `.70` (see ``traitLabels``).
        public var traits: [String]

        /// A character as the list shows it.
        public init(slug: String, name: String, style: String, archetype: String = "", traits: [String] = []) {
            self.slug = slug
            self.name = name
            self.style = style
            self.archetype = archetype
            self.traits = traits
        }
    }

    /// Starting stacks on offer.
    public static let stacks = [500, 1_000, 1_500, 2_000, 3_000, 5_000, 10_000]
    /// Blind speeds on offer.
    public static let speeds: [(name: String, handsPerLevel: Int)] = [("turbo", 4), ("fast", 6), ("normal", 10), ("slow", 15)]
    /// AI choices: offline bots or an LLM provider.
    public static let providers = ["offline", "openai", "anthropic", "gemini", "groq", "deepseek", "mistral", "xai",
                                   "openrouter", "ollama", "local"]

    public var field: Field = .seats
    public var name: String
    public var seats: Int
    /// Slugs of the picked opponents, in seat order (the rest are random).
    public var opponents: [String] = []
    public var stackIndex: Int
    public var speedIndex: Int
    public var mode: GameMode
    public var providerIndex = 0
    /// Digits; empty means a random seed.
    public var seed = ""
    public var characters: [Character]
    /// The opponent list is open, with its cursor.
    public var picking: Int?
    public var problem: String?
    /// Why an LLM provider cannot be used (no key), by provider name; starting with one is refused.
    public var providerProblems: [String: String] = [:]

    /// A form filled with the player's defaults.
    public init(settings: UISettings, characters: [Character]) {
        name = settings.playerName
        seats = min(9, max(2, settings.seats))
        stackIndex = Self.stacks.firstIndex(of: settings.startingStack) ?? 2
        speedIndex = Self.speeds.firstIndex { $0.handsPerLevel == settings.handsPerLevel } ?? 1
        mode = GameMode(rawValue: settings.mode) ?? .standard
        self.characters = characters
    }

    /// The characters of a personality library.
    public static func characters(from library: PersonalityLibrary) -> [Character] {
        library.entries.map { entry in
            let p = entry.personality
            let traits = [PersonalityTrait.aggression, .looseness, .bluffTendency, .chattiness].map { twoDigits(p.traits[$0]) }
            return Character(slug: entry.slug, name: p.name, style: p.playStyle, archetype: shortLabel(p.archetype), traits: traits)
        }
    }

    /// The headers of ``Character/traits``.
    public static let traitLabels = ["aggr", "loose", "bluff", "talk"]

    /// The names players use at the table: TAG and LAG for the aggressive styles.
    static func shortLabel(_ archetype: PlayerArchetype) -> String {
        switch archetype {
        case .tightAggressive: "TAG"
        case .looseAggressive: "LAG"
        default: archetype.label
        }
    }

    /// `0.7` as `.70`.
    static func twoDigits(_ value: Double) -> String {
        let hundredths = Int((min(1, max(0, value)) * 100).rounded())
        return hundredths >= 100 ? "1.0" : "." + (hundredths < 10 ? "0" : "") + String(hundredths)
    }

    /// The options for `GameState.new`, and whether the seed should be drawn at random.
    public var options: (NewGameOptions, randomSeed: Bool) {
        var options = NewGameOptions()
        options.seats = seats
        options.humanName = name.trimmedSpaces.isEmpty ? "You" : name.trimmedSpaces
        options.opponents = Array(opponents.prefix(seats - 1))
        options.startingStack = Chips(Self.stacks[stackIndex])
        options.handsPerLevel = Self.speeds[speedIndex].handsPerLevel
        options.mode = mode
        let provider = Self.providers[providerIndex]
        options.provider = provider == "offline" ? nil : provider
        let seedValue = UInt64(seed)
        options.seed = seedValue ?? 1
        return (options, seedValue == nil)
    }
}
