import PokerAI
import PokerEngine

/// A validated experiment file: who sits where, what each variant changes, how many duplicate
/// tournaments are played and how (see docs/experiments.md for the file format). Stored as JSON
/// with the experiment, so `resume` and other workers rebuild exactly the same games.
public struct ExperimentSpec: Hashable, Sendable, Codable {
    public var name: String
    public var description: String?
    public var hypothesis: String?
    /// Duplicate deal sets: each is played by every variant (and in every seat rotation).
    public var tournaments: Int
    /// The hand cap of every tournament (it ends earlier when one player has every chip).
    public var handsPerTournament: Int
    /// Play each deal set once per seat rotation, so every entrant gets every seat's cards.
    public var rotateSeats: Bool
    /// The experiment seed: deal set `d` uses `SeededGenerator.derived(seed, d)` unless `seeds` lists it.
    public var seed: UInt64
    /// Explicit match seeds, one per deal set (optional).
    public var seeds: [UInt64]?
    /// Games played at once.
    public var concurrency: Int
    /// Stop starting hands once this many USD were spent (hands in progress finish).
    public var costCap: Double?
    /// Seconds an LLM seat may think before its offline fallback decides.
    public var decisionTimeout: Double
    /// Judge every AI decision with the analyzer (verdict rates in the report; ~7 ms CPU each).
    public var analyze: Bool
    /// The game mode (casual, standard, pro, competitive) unless a variant or seat says otherwise.
    public var mode: GameMode
    public var table: TableSpec
    /// The entrants, in seat order before rotation.
    public var seats: [SeatSpec]
    public var control: VariantSpec
    public var variants: [VariantSpec]
    /// Entrants whose results head the report; nil: those a variant changes (all when none is changed).
    public var subjects: [Int]?
    /// Requests and tokens per minute by provider name.
    public var rateLimits: [String: RateLimitSpec]
    /// PostgreSQL queue timing.
    public var queue: QueueSpec

    /// The control first, then the variants.
    public var allVariants: [VariantSpec] { [control] + variants }
    /// Seat rotations per deal set.
    public var rotations: Int { rotateSeats ? seats.count : 1 }
    /// Tournaments per variant (deal sets × rotations).
    public var tournamentsPerVariant: Int { tournaments * rotations }
    /// Games in the whole experiment.
    public var totalGames: Int { tournamentsPerVariant * allVariants.count }
}

/// Stacks and the blind structure.
public struct TableSpec: Hashable, Sendable, Codable {
    public var startingStack: Int
    public var bigBlind: Int
    public var handsPerLevel: Int
    /// Blinds ×growth per level (ignored when `levels` is given).
    public var growth: Double
    /// Antes start at this 0-based level; nil for no antes.
    public var antesFromLevel: Int?
    /// `big_blind` (the big blind posts the table's ante) or `everyone`.
    public var anteStyle: String
    /// An explicit blind structure, first level first (the last level repeats).
    public var levels: [LevelSpec]?
    /// `button = "dead"` (the default) or `"moving"`. Nil in experiments stored before the
    /// option existed: they keep the moving button they were played with.
    public var button: ButtonRule?
}

/// One explicit blind level.
public struct LevelSpec: Hashable, Sendable, Codable {
    public var small: Int
    public var big: Int
    public var ante: Int
}

/// One entrant: a personality, who decides for it, and its prompt's game mode.
public struct SeatSpec: Hashable, Sendable, Codable {
    /// Name shown in reports (default: the personality's name).
    public var label: String?
    public var personality: String
    /// `offline` (the offline bot) or an LLM provider name.
    public var provider: String
    public var model: String?
    public var baseURL: String?
    /// The game mode of this seat's prompt (equity hints, verdicts); nil: the game's.
    public var mode: GameMode?

    public var isLLM: Bool { provider != "offline" }
}

/// What a variant (or the control) changes: the game mode and any seat's settings.
public struct VariantSpec: Hashable, Sendable, Codable {
    public var label: String
    public var mode: GameMode?
    public var seats: [SeatOverride]
}

/// A change to one seat.
public struct SeatOverride: Hashable, Sendable, Codable {
    /// The seat (0-based index into `seats`).
    public var seat: Int
    public var label: String?
    public var personality: String?
    public var provider: String?
    public var model: String?
    public var baseURL: String?
    public var mode: GameMode?
}

/// Requests and tokens per minute for one provider.
public struct RateLimitSpec: Hashable, Sendable, Codable {
    public var requestsPerMinute: Double?
    public var tokensPerMinute: Double?
    public var burstSeconds: Double?
}

/// How PostgreSQL workers keep their claims alive.
public struct QueueSpec: Hashable, Sendable, Codable {
    /// How often a worker renews its claims.
    public var heartbeatSeconds: Double
    /// A claim whose heartbeat is older than this is taken over by another worker.
    public var staleAfterSeconds: Double
}
