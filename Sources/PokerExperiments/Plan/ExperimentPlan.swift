import PokerAI
import PokerEngine
import PokerGame
import PokerStore

/// One tournament of an experiment: a variant (0 = the control) and a tournament index.
public struct TournamentKey: Hashable, Sendable, Codable, Comparable {
    public let variant: Int
    public let tournament: Int

    public init(variant: Int, tournament: Int) {
        self.variant = variant
        self.tournament = tournament
    }

    /// Tournament-major order: every variant plays deal set 1 before any plays deal set 2.
    public static func < (a: TournamentKey, b: TournamentKey) -> Bool {
        (a.tournament, a.variant) < (b.tournament, b.variant)
    }
}

/// Turns a validated spec into games: the duplicate-deal design lives here.
///
/// Tournament index `t` is deal set `t / rotations`, seat rotation `t % rotations`. The match seed
/// depends on the deal set only (never on the variant or the rotation), so every variant, and every
/// rotation of a deal set, is dealt the same decks with the same first button. In rotation `r`,
/// entrant `e` sits in seat `(e + r) mod n`: across a deal set each entrant holds every seat's cards.
public struct ExperimentPlan: Sendable {
    public let spec: ExperimentSpec
    let entries: [String: PersonalityLibrary.Entry]

    /// Checks that every personality the spec names (in any variant) exists in `library`.
    public init(spec: ExperimentSpec, library: PersonalityLibrary, file: String) throws(ExperimentFileError) {
        self.spec = spec
        var entries: [String: PersonalityLibrary.Entry] = [:]
        func need(_ name: String, field: String) throws(ExperimentFileError) {
            guard entries[name] == nil else { return }
            guard let entry = library.entry(named: name) else {
                throw .invalid(file: file, field: field, reason: "names no personality called '\(name)' (see `pokerface personalities list`)")
            }
            entries[name] = entry
        }
        for (index, seat) in spec.seats.enumerated() { try need(seat.personality, field: "seats[\(index)].personality") }
        for (v, variant) in spec.allVariants.enumerated() {
            for (k, change) in variant.seats.enumerated() {
                guard let name = change.personality else { continue }
                try need(name, field: (v == 0 ? "control" : "variants[\(v - 1)]") + ".seats[\(k)].personality")
            }
        }
        self.entries = entries
    }

    /// `init(spec:library:file:)` with the error as an `ExperimentError`.
    public static func make(_ spec: ExperimentSpec, library: PersonalityLibrary, file: String) throws(ExperimentError) -> ExperimentPlan {
        do { return try ExperimentPlan(spec: spec, library: library, file: file) } catch { throw .file(error) }
    }

    /// Every tournament of the experiment, tournament-major.
    public var keys: [TournamentKey] {
        (0..<spec.tournamentsPerVariant).flatMap { t in spec.allVariants.indices.map { TournamentKey(variant: $0, tournament: t) } }
    }

    public func deal(ofTournament t: Int) -> Int { spec.deal(ofTournament: t) }
    public func rotation(ofTournament t: Int) -> Int { spec.rotation(ofTournament: t) }
    /// The entrant sitting in physical seat `seat` in tournament `t`.
    public func entrant(atSeat seat: Int, tournament t: Int) -> Int { spec.entrant(atSeat: seat, tournament: t) }
    /// The physical seat of entrant `entrant` in tournament `t`.
    public func seat(ofEntrant entrant: Int, tournament t: Int) -> Int { spec.seat(ofEntrant: entrant, tournament: t) }

    /// The match seed of deal set `deal`: the same for every variant and rotation.
    public func matchSeed(deal: Int) -> UInt64 {
        if let seeds = spec.seeds, seeds.indices.contains(deal) { return seeds[deal] }
        var generator = SeededGenerator.derived(seed: spec.seed, index: UInt64(deal))
        return generator.next()
    }

    /// The variant label of index `variant`.
    public func label(ofVariant variant: Int) -> String { spec.allVariants[variant].label }
    /// The index of the variant labelled `label`.
    public func variantIndex(_ label: String) -> Int? { spec.variantIndex(label) }

    /// Display names of the entrants of a variant (label, else the personality's name; repeats numbered).
    public func entrantNames(variant: Int) -> [String] {
        let settings = spec.settings(forVariant: variant)
        var names: [String] = []
        for seat in settings.seats {
            let base = seat.label ?? entries[seat.personality]?.personality.name ?? seat.personality
            var name = base
            var k = 2
            while names.contains(name) { name = "\(base) \(k)"; k += 1 }
            names.append(name)
        }
        return names
    }

    /// The personality entry of entrant `entrant` in `variant`.
    public func entry(variant: Int, entrant: Int) -> PersonalityLibrary.Entry? {
        entries[spec.settings(forVariant: variant).seats[entrant].personality]
    }

    /// A fresh game for tournament `key`, before its first hand.
    public func newGame(_ key: TournamentKey) throws(ExperimentError) -> GameState {
        let settings = spec.settings(forVariant: key.variant)
        let names = entrantNames(variant: key.variant)
        let n = spec.seats.count
        var seats: [SeatSetup] = []
        var personalities: [Int: Personality] = [:]
        for seat in 0..<n {
            let e = entrant(atSeat: seat, tournament: key.tournament)
            let spec = settings.seats[e]
            guard let entry = entries[spec.personality] else { throw .unknownPersonality(spec.personality) }
            personalities[seat] = entry.personality
            seats.append(SeatSetup(name: names[e], kind: spec.isLLM ? .llm : .offline, personality: entry.slug,
                                   provider: spec.isLLM ? spec.provider : nil, model: spec.isLLM ? spec.model : nil))
        }
        let config = MatchConfig(seatCount: n, startingStack: Chips(self.spec.table.startingStack),
                                 schedule: self.spec.table.schedule, seed: matchSeed(deal: deal(ofTournament: key.tournament)),
                                 buttonRule: self.spec.table.button ?? .moving)
        let match: Match
        do { match = try Match(config) } catch { throw .invalidTable(error.description) }
        let setup = GameSetup(seats: seats, mode: settings.mode.rawValue, decisionTimeout: self.spec.decisionTimeout, match: config)
        return GameState(setup: setup, match: match, personalities: personalities)
    }

    /// The personalities of a saved game of tournament `key`, by seat.
    public func personalities(_ key: TournamentKey) -> [Int: Personality] {
        let settings = spec.settings(forVariant: key.variant)
        var result: [Int: Personality] = [:]
        for seat in 0..<spec.seats.count {
            result[seat] = entries[settings.seats[entrant(atSeat: seat, tournament: key.tournament)].personality]?.personality
        }
        return result
    }
}
