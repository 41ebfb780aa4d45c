import LLMClient
import PokerEngine

/// Everything a player (AI or human) is given to decide: its own view of the hand, the table,
/// the recent talk and the deadline. Nothing here reveals another seat's hole cards.
public struct DecisionRequest: Sendable {
    public let view: SeatView
    public let context: TableContext
    /// Recent table talk, oldest first (capped by the caller).
    public let recentTalk: [TableMessage]
    /// The longest the decision may take; an LLM seat falls back to its offline bot after it.
    public let timeout: Duration
    /// Index of this decision within the hand (0-based); with the hand number it seeds
    /// deterministic randomness so resumed games play the same.
    public let decisionIndex: Int
    /// The deciding seat's own mind (psychology, reads of the others); nil for seats without one.
    public let mind: SeatMind?
    /// The game's seed; with the hand number, decision index and seat it seeds the decision.
    public let gameSeed: UInt64

    public init(view: SeatView, context: TableContext, recentTalk: [TableMessage] = [], timeout: Duration = .seconds(20),
                decisionIndex: Int, mind: SeatMind? = nil, gameSeed: UInt64 = 0) {
        self.view = view
        self.context = context
        self.recentTalk = recentTalk
        self.timeout = timeout
        self.decisionIndex = decisionIndex
        self.mind = mind
        self.gameSeed = gameSeed
    }

    /// A seed unique to this decision (game, hand, decision, seat): offline choices made with
    /// it are the same every time the game is replayed or resumed.
    public var decisionSeed: UInt64 {
        var generator = SeededGenerator.derived(seed: gameSeed,
                                                index: UInt64(context.handNumber) &* 4096 &+ UInt64(decisionIndex) &* 16 &+ UInt64(seat))
        return generator.next()
    }

    /// The deciding seat (physical seat number).
    public var seat: Int { context.handSeats[view.seat] }
    /// Legal actions (a request is only made for the player to act).
    public var legal: LegalActions? { view.legalActions }
}

/// Where a decision came from.
public enum DecisionSource: Hashable, Sendable, Codable {
    case human
    case offline
    case llm(model: String)
    /// The LLM could not give a usable answer in time; the offline bot decided.
    case fallback(reason: String)
}

/// A player's decision and what came with it.
public struct Decision: Sendable {
    public var action: Action
    public var source: DecisionSource
    /// Words or gestures to show at the table after acting.
    public var talk: [TalkBeat]
    /// Private reasoning (AI only; shown in replays and the AI lab, never to other seats).
    public var innerMonologue: String?
    public var handStrategy: String?
    /// When a requested amount had to be clamped into the legal range: what was asked.
    public var clampNote: String?
    /// Everything about the LLM exchange behind this decision (prompt, answers, parse, corrections,
    /// fallback), for the AI lab; the driver stores it with the action.
    public var capture: DecisionCapture?
    /// One record per LLM call attempt made for this decision (retries and the correction included),
    /// stored with the action; empty when the client's sink is not a ``DecisionUsage``.
    public var usage: [UsageRecord] = []
    /// The LLM provider refused the API key (HTTP 401/403): the offline bot made this move, and the
    /// game should stop (headless) or pause (the table) and say so rather than play on silently.
    public var providerRefusal: String?

    public init(action: Action, source: DecisionSource, talk: [TalkBeat] = [], innerMonologue: String? = nil,
                handStrategy: String? = nil, clampNote: String? = nil, capture: DecisionCapture? = nil) {
        self.action = action
        self.source = source
        self.talk = talk
        self.innerMonologue = innerMonologue
        self.handStrategy = handStrategy
        self.clampNote = clampNote
        self.capture = capture
    }
}

/// Anything that can take a seat: the human through the UI, an offline bot, an LLM bot.
public protocol PlayerController: Sendable {
    /// Must return a legal action for `request.view.legalActions` (the caller validates anyway).
    func decide(_ request: DecisionRequest) async -> Decision
}
