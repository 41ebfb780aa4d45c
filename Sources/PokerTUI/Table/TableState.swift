import PokerAI
import PokerEngine
import PokerGame

/// Everything the table screen shows and remembers between messages. The game itself is a
/// ``Tracked`` `GameState`; the rest is what the screen adds: whose decision is being waited
/// for, the paced run-out, the log, what the human is typing, overlays and notices.
public struct TableState: Equatable, Sendable {
    /// The game; changed only through `startNextHand`, `apply` and `humanSays`.
    public internal(set) var game: Tracked<GameState>
    /// The human's seat; nil when only AI seats play (spectating).
    public let humanSeat: Int?
    /// The stored game id, when the game is recorded.
    public let gameID: Int64?
    /// Tags this table's AI requests, so answers meant for an earlier table are dropped.
    public let session: Int
    /// The time of the latest message (set by the app before each update).
    public var now: ContinuousClock.Instant
    /// The terminal size (set by the app), for paging the log.
    public var size: TerminalSize
    public var settings: TableSettings
    public internal(set) var phase: TablePhase = .inHand
    /// The AI seat whose decision is running, with when it started.
    public internal(set) var thinking: Thinking?
    /// What the human is typing: a raise amount or words for the table.
    public internal(set) var entry: ActionEntry = .none
    /// Why the last key was refused, in one sentence.
    public internal(set) var problem: String?
    public internal(set) var log = TableLog()
    /// Level-ups, eliminations and the like for the current hand.
    public internal(set) var notices: [String] = []
    /// The all-in board being dealt street by street.
    public internal(set) var runout: Runout?
    public internal(set) var overlay: TableOverlay?
    /// The latest failure to save (the game goes on; the header warns).
    public internal(set) var saveProblem: String?
    /// When the last hand ended (for automatic dealing).
    public internal(set) var handOverSince: ContinuousClock.Instant?
    /// The human busted and chose to watch the rest at the table.
    public internal(set) var watching = false
    /// AI answers that arrived after the game had moved on, and were dropped.
    public internal(set) var droppedAnswers = 0

    /// A table for `game`. A hand in progress (a resumed game) is logged from its start.
    public init(game: GameState, humanSeat: Int?, gameID: Int64?, session: Int, now: ContinuousClock.Instant,
                size: TerminalSize, settings: TableSettings = TableSettings()) {
        self.game = Tracked(game)
        self.humanSeat = humanSeat
        self.gameID = gameID
        self.session = session
        self.now = now
        self.size = size
        self.settings = settings
        if let hand = game.match.hand {
            let names = game.match.handSeats.map { game.name(ofSeat: $0) }
            let viewer = humanSeat.flatMap { game.match.position(ofSeat: $0) }
            log.append([TableNarrator.handStarted(number: game.match.handsPlayed, blinds: game.match.blinds,
                                                  buttonName: game.name(ofSeat: game.match.button))])
            log.append(TableNarrator.entries(for: hand.events, hand: hand, handNumber: game.match.handsPlayed,
                                             names: names, viewer: viewer))
        }
        log.append(TableNarrator.entries(for: game.recentTalk, names: game.setup.names))
        if let human = humanSeat, game.match.stacks.indices.contains(human), game.match.stacks[human] == .zero {
            watching = true
        }
    }

    /// The seat whose cards the screen shows face up (the human's).
    public var viewerPosition: Int? { humanSeat.flatMap { game.value.match.position(ofSeat: $0) } }

    /// True when it is the human's turn.
    public var humanToAct: Bool {
        guard let human = humanSeat, phase == .inHand else { return false }
        return game.value.seatToAct == human
    }

    /// The human's legal actions, when it is the human's turn.
    public var humanLegal: LegalActions? {
        guard humanToAct, let hand = game.value.match.hand, let position = viewerPosition else { return nil }
        return hand.view(for: position).legalActions
    }
}

/// How fast the table moves.
public struct TableSettings: Hashable, Sendable {
    /// The least time an AI seat takes to act, so the table can be followed.
    public var aiPace: Duration
    /// Time between streets of an all-in run-out.
    public var runoutPace: Duration
    /// Deal the next hand by itself after this long (nil: wait for a key).
    public var autoNextHand: Duration?
    /// Automatic dealing while the human watches after busting.
    public var watchPace: Duration

    /// Creates settings; the defaults suit a human at the table.
    public init(aiPace: Duration = .milliseconds(700), runoutPace: Duration = .milliseconds(800),
                autoNextHand: Duration? = nil, watchPace: Duration = .seconds(2)) {
        self.aiPace = aiPace
        self.runoutPace = runoutPace
        self.autoNextHand = autoNextHand
        self.watchPace = watchPace
    }
}

/// Where the table is in its cycle.
public enum TablePhase: Hashable, Sendable {
    /// A hand is being played (the human or an AI seat is to act).
    case inHand
    /// An all-in board is being dealt street by street.
    case runout
    /// The hand is over: the result is shown until the next hand is dealt.
    case handOver
    /// The human has just busted: watch, play the rest out quickly, or abandon.
    case humanBusted(place: Int)
    /// The rest of the tournament is being played without the table.
    case simulating(status: String)
    /// One player has every chip.
    case tournamentOver
}

/// An AI seat's decision in progress.
public struct Thinking: Hashable, Sendable {
    public var seat: Int
    public var handNumber: Int
    public var decisionIndex: Int
    public var since: ContinuousClock.Instant
}

/// What the human is typing in the action bar.
public enum ActionEntry: Hashable, Sendable {
    case none
    /// A raise-to amount; `typed` is false while it still holds a preset (the next digit replaces it).
    case raise(text: String, typed: Bool)
    /// Words to say at the table.
    case talk(String)
}

/// A box drawn over the table.
public enum TableOverlay: Hashable, Sendable {
    case help
    case raiseHelp
    /// Opponent statistics (VPIP, PFR, 3-bet, AF, WTSD, W$SD, bb/100).
    case hud
}

/// An all-in board dealt street by street: log lines wait until their street is shown.
public struct Runout: Hashable, Sendable {
    /// A log entry and the board size at which it may be shown (6: when the run-out ends).
    public struct Held: Hashable, Sendable {
        public var revealAt: Int
        public var entry: LogEntry
    }

    /// Board cards shown so far.
    public var shownBoard: Int
    /// The board's final size.
    public var target: Int
    /// When the next street is shown.
    public var nextAt: ContinuousClock.Instant
    public var held: [Held]
    /// Eliminations and the winner, announced when the board is out.
    public var notices: [String] = []
}
