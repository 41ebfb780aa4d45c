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
    /// An LLM provider's refusal of its key was shown (the table paused once for it).
    public internal(set) var refusalShown = false
    /// The latest failure to save (the game goes on; the header warns).
    public internal(set) var saveProblem: String?
    /// When the last hand ended (for automatic dealing).
    public internal(set) var handOverSince: ContinuousClock.Instant?
    /// The human busted and chose to watch the rest at the table.
    public internal(set) var watching = false
    /// AI answers that arrived after the game had moved on, and were dropped.
    public internal(set) var droppedAnswers = 0
    /// A move that waits for a second press of its key (all-in, abandoning the game).
    public internal(set) var confirming: Confirmation?
    /// What the human chose to do before their turn (check/fold, check, call any, fold to any bet).
    public internal(set) var advanceAction: AdvanceAction?
    /// Stacks, bets and pots shown in big blinds (`b`).
    public internal(set) var inBigBlinds = false
    /// The table is paused (`p`): AI answers wait, nothing is dealt, the clock stops.
    public internal(set) var paused = false
    /// When the table was paused (the clocks are moved on by the pause when play resumes).
    public internal(set) var pausedAt: ContinuousClock.Instant?
    /// AI answers that arrived while paused, applied in order when play resumes.
    public internal(set) var heldAnswers = Tracked<[AIAnswer]>([])
    /// The human's clock when the time bank is on.
    public internal(set) var clock: TurnClock?
    /// The human's equity for the current spot, computed in the background.
    public internal(set) var equity: EquityEstimate?
    /// The hand before the current one, for `l`.
    public internal(set) var previousHand: PreviousHand?
    /// The human's notes on the other players, by seat (kept with the game).
    public internal(set) var notes: [Int: String] = [:]
    /// The human showed their cards after the hand (uncontested win or mucked at showdown).
    public internal(set) var humanShowed = false

    /// A table for `game`. A hand in progress (a resumed game) is logged from its start, after
    /// what `history` brings back of the hands before it.
    public init(game: GameState, humanSeat: Int?, gameID: Int64?, session: Int, now: ContinuousClock.Instant,
                size: TerminalSize, settings: TableSettings = TableSettings(), history: TableHistory = TableHistory()) {
        self.game = Tracked(game)
        self.humanSeat = humanSeat
        self.gameID = gameID
        self.session = session
        self.now = now
        self.size = size
        self.settings = settings
        notes = history.notes
        previousHand = history.previousHand
        log.append(history.log)
        let current = game.match.handsPlayed
        if let hand = game.match.hand {
            let names = game.match.handSeats.map { game.name(ofSeat: $0) }
            let viewer = humanSeat.flatMap { game.match.position(ofSeat: $0) }
            // Talk of earlier hands first (unless their log brought it), then this hand's actions and talk.
            log.append(TableNarrator.entries(for: game.recentTalk.filter { $0.handNumber < current && !history.coversTalk },
                                             names: game.setup.names))
            log.append([TableNarrator.handStarted(number: game.match.handsPlayed, blinds: game.match.blinds,
                                                  anteStyle: game.match.config.schedule.anteStyle,
                                                  buttonName: game.name(ofSeat: game.match.button))])
            log.append(TableNarrator.entries(for: hand.events, hand: hand, handNumber: game.match.handsPlayed,
                                             names: names, viewer: viewer))
            log.append(TableNarrator.entries(for: game.recentTalk.filter { $0.handNumber >= current }, names: game.setup.names))
        } else {
            log.append(TableNarrator.entries(for: game.recentTalk.filter { !history.coversTalk || $0.handNumber >= current },
                                             names: game.setup.names))
        }
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
