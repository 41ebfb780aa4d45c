import PokerAI
import PokerEngine
import PokerStore

/// What a player chooses before a game: seats, opponents, stacks, blind speed, mode, seed.
public struct NewGameOptions: Sendable {
    public var seats: Int = 6
    /// Personality names or slugs for the AI seats, in seat order; the rest are picked by seed.
    public var opponents: [String] = []
    /// A human sits in seat 0 (the UI); headless games have none.
    public var humanName: String?
    public var startingStack: Chips = 1_500
    public var bigBlind: Chips = 20
    public var handsPerLevel: Int = 6
    /// The 0-based blind level from which antes are posted (nil: no antes), and who posts them.
    public var antesFromLevel: Int? = 4
    public var anteStyle: AnteStyle = .bigBlind
    /// The tournament's dead button, or the moving button.
    public var buttonRule: ButtonRule = .dead
    public var mode: GameMode = .standard
    public var seed: UInt64 = 1
    /// LLM provider and model for every AI seat; nil or `offline` for offline bots.
    public var provider: String?
    public var model: String?
    /// Seconds an AI seat may think before its offline fallback decides.
    public var decisionTimeout: Double = NewGameOptions.defaultDecisionTimeout

    /// The decision time when nothing sets one: 20 s.
    public static let defaultDecisionTimeout: Double = 20

    public init() {}
}

extension GameSetup {
    /// The time an AI seat has per decision in this game (the default when the game set none).
    public var decisionDuration: Duration {
        .milliseconds(Int((decisionTimeout ?? NewGameOptions.defaultDecisionTimeout) * 1000))
    }
}

/// Why a new game cannot be set up.
public enum NewGameError: Error, Equatable, Sendable, CustomStringConvertible {
    case seatCount(Int)
    case unknownPersonality(String)
    case notEnoughPersonalities(needed: Int, have: Int)
    case invalid(String)

    public var description: String {
        switch self {
        case let .seatCount(n): "a table seats 2 to 9 players, not \(n)"
        case let .unknownPersonality(name): "no personality called '\(name)' (see `pokerface personalities list`)"
        case let .notEnoughPersonalities(needed, have):
            "\(needed) opponents needed but only \(have) personalities load"
                + (PersonalityDirectories.isDirectory(PersonalityDirectories.bundled()) ? ""
                    : " (no bundled characters: \(PersonalityDirectories.bundledSearch()))")
        case let .invalid(reason): reason
        }
    }
}

extension GameState {
    /// A new game: seat 0 is the human when there is one; AI seats get the chosen opponents
    /// first, then distinct personalities picked by the seed.
    public static func new(_ options: NewGameOptions, library: PersonalityLibrary) throws(NewGameError) -> GameState {
        guard MatchConfig.seatRange.contains(options.seats) else { throw .seatCount(options.seats) }
        let aiSeats = options.seats - (options.humanName == nil ? 0 : 1)
        var chosen: [PersonalityLibrary.Entry] = []
        for name in options.opponents.prefix(aiSeats) {
            guard let entry = library.entry(named: name) else { throw .unknownPersonality(name) }
            if !chosen.contains(where: { $0.slug == entry.slug }) { chosen.append(entry) }
        }
        var rng = SeededGenerator(seed: options.seed ^ 0x5EA7)
        let pool = library.entries.filter { entry in !chosen.contains { $0.slug == entry.slug } }.shuffled(using: &rng)
        chosen += pool.prefix(aiSeats - chosen.count)
        guard chosen.count == aiSeats else { throw .notEnoughPersonalities(needed: aiSeats, have: library.entries.count) }
        var seats: [SeatSetup] = []
        var personalities: [Int: Personality] = [:]
        if let human = options.humanName { seats.append(SeatSetup(name: human, kind: .human)) }
        let llm = options.provider.map { $0 != "offline" } ?? false
        for entry in chosen {
            personalities[seats.count] = entry.personality
            seats.append(SeatSetup(name: entry.personality.name, kind: llm ? .llm : .offline, personality: entry.slug,
                                   provider: llm ? options.provider : nil, model: llm ? options.model : nil))
        }
        guard options.startingStack > .zero, options.bigBlind >= 2, options.startingStack > options.bigBlind else {
            throw .invalid("the starting stack must be larger than the big blind, and the big blind at least 2")
        }
        let schedule = BlindSchedule.growing(bigBlind: options.bigBlind, handsPerLevel: options.handsPerLevel,
                                             antesFromLevel: options.antesFromLevel, anteStyle: options.anteStyle)
        let config = MatchConfig(seatCount: options.seats, startingStack: options.startingStack, schedule: schedule,
                                 seed: options.seed, buttonRule: options.buttonRule)
        let match: Match
        do { match = try Match(config) } catch { throw .invalid(error.description) }
        let setup = GameSetup(seats: seats, mode: options.mode.rawValue, decisionTimeout: options.decisionTimeout,
                              match: config)
        return GameState(setup: setup, match: match, personalities: personalities)
    }

    /// Personalities of a saved game's AI seats, looked up by slug (a missing file falls back to
    /// a same-named entry; seats whose character is gone play as the first available one).
    public static func personalities(for setup: GameSetup, library: PersonalityLibrary) -> [Int: Personality] {
        var result: [Int: Personality] = [:]
        for (seat, entry) in setup.seats.enumerated() where entry.kind != .human {
            let found = entry.personality.flatMap { library.entry(named: $0) } ?? library.entry(named: entry.name)
            if let personality = found?.personality ?? library.entries.first?.personality { result[seat] = personality }
        }
        return result
    }
}
