import Foundation
import PokerAI
import PokerEngine
import PokerStore

/// A whole game as a value: the setup, the tournament, the mind of every AI seat and the recent
/// table talk. Every change goes through `startNextHand()`, `apply(_:bySeat:)` or
/// `humanSays(_:)`, which return what happened; nothing here performs I/O.
public struct GameState: Sendable {
    public let setup: GameSetup
    public private(set) var match: Match
    /// AI seats' psychology, reads and talk memory, by seat.
    public private(set) var minds: [Int: SeatMind]
    /// Personalities of AI seats, by seat.
    public let personalities: [Int: Personality]
    /// The last table talk, oldest first (capped: history lives in the database).
    public private(set) var recentTalk: [TableMessage] = []
    /// Actions at the table since anybody last spoke (keeps an offline table from going quiet).
    public private(set) var tableSilence = 0
    /// Decisions taken so far in the current hand.
    public private(set) var decisionIndex = 0

    public static let talkMemory = 40

    public init(setup: GameSetup, match: Match, personalities: [Int: Personality], minds: [Int: SeatMind]? = nil) {
        self.setup = setup
        self.match = match
        self.personalities = personalities
        var initial: [Int: SeatMind] = [:]
        for (seat, personality) in personalities { initial[seat] = minds?[seat] ?? SeatMind(personality: personality) }
        self.minds = initial
        if let hand = match.hand, !hand.isComplete { decisionIndex = hand.events.filter(\.isDecision).count }
    }

    public var mode: GameMode { GameMode(rawValue: setup.mode) ?? .standard }
    public var seed: UInt64 { match.config.seed }
    public var isOver: Bool { match.isOver }
    public var seatToAct: Int? { match.seatToAct }
    public func name(ofSeat seat: Int) -> String { setup.seats.indices.contains(seat) ? setup.seats[seat].name : "Seat \(seat + 1)" }

    /// The table as every seat sees it.
    public var context: TableContext {
        TableContext(seatNames: setup.names, handSeats: match.handSeats, button: match.button,
                     handNumber: match.handsPlayed, blinds: match.blinds, levelIndex: match.levelIndex, mode: mode)
    }

    /// The request for the seat to act, or nil when nobody is to act.
    public func decisionRequest(timeout: Duration) -> DecisionRequest? {
        guard let hand = match.hand, let position = hand.actor else { return nil }
        let seat = match.handSeats[position]
        return DecisionRequest(view: hand.view(for: position), context: context, recentTalk: recentTalk,
                               timeout: timeout, decisionIndex: decisionIndex, mind: minds[seat], gameSeed: seed)
    }

    /// Deals the next hand (moves the button, raises the blinds).
    public mutating func startNextHand() throws(MatchError) -> GameStep {
        var step = GameStep()
        step.matchEvents = try match.startNextHand()
        decisionIndex = 0
        if let hand = match.hand { step.handEvents = hand.events[...] }
        for event in step.matchEvents {
            if case let .levelUp(level, blinds) = event {
                step.messages.append(system("Level \(level + 1): blinds \(blinds)"))
            }
        }
        if match.hand?.isComplete == true { finishHand(&step) }
        remember(step.messages)
        return step
    }

    /// Applies a decision by `seat` (validated by the engine), the talk that came with it, and
    /// everything a finished hand brings (AI minds, commentary, busts).
    public mutating func apply(_ decision: Decision, bySeat seat: Int) throws(RuleError) -> GameStep {
        var step = GameStep()
        let result = try match.apply(decision.action, bySeat: seat)
        decisionIndex += 1
        step.handEvents = result.hand
        step.matchEvents = result.match
        tableSilence += 1
        var talk = decision.talk
        if talk.isEmpty, minds[seat] != nil, let personality = personalities[seat], let hand = match.hand,
           let acted = result.hand.first(where: \.isDecision), let action = TalkAction(acted) {
            let moment = TalkMoment(after: hand, bigBlind: match.blinds.bigBlind, tableSilence: tableSilence)
            let seed = TalkSeed.make(gameSeed: seed, handNumber: match.handsPlayed, seat: seat, beat: decisionIndex)
            let quiet = mode.quiet
            talk = minds[seat]?.talk(after: action, moment: moment, personality: personality, seed: seed,
                                     quiet: quiet) ?? []
            step.changedMinds.insert(seat)
        }
        step.messages += messages(for: talk, seat: seat)
        if match.hand?.isComplete == true { finishHand(&step) }
        remember(step.messages)
        return step
    }

    /// The human says something at the table; every AI hears it (a needle or praise moves its
    /// psychology); offline seats addressed or provoked answer with their lines here, LLM seats
    /// through `LLMChat` (the caller records those replies with `record(_:)`).
    public mutating func humanSays(_ text: String, fromSeat human: Int) -> GameStep {
        var step = GameStep()
        step.messages.append(TableMessage(seat: human, kind: .chat, text: text, handNumber: match.handsPlayed))
        for seat in minds.keys.sorted() {
            guard let personality = personalities[seat] else { continue }
            let chat = HumanChat(text: text, to: personality, from: human)
            minds[seat]?.hear(chat)
            step.changedMinds.insert(seat)
            // LLM seats answer through their model (see `LLMChat`); offline seats with canned lines.
            guard chat.addressed || chat.tone != .neutral, setup.seats[seat].kind != .llm else { continue }
            let seed = TalkSeed.make(gameSeed: seed, handNumber: match.handsPlayed, seat: seat, beat: 10_000 + recentTalk.count)
            let beats = minds[seat]?.reply(to: chat, personality: personality, seed: seed) ?? []
            step.messages += messages(for: beats, seat: seat)
        }
        remember(step.messages)
        return step
    }

    /// Records talk produced outside the state (e.g. an LLM reply).
    public mutating func record(_ messages: [TableMessage]) { remember(messages) }

    // MARK: - Internals

    mutating func finishHand(_ step: inout GameStep) {
        guard let hand = match.hand, hand.isComplete else { return }
        let context = self.context
        let recap = HandRecap.make(hand: hand, context: context, allInEquity: AllInEquity.compute(hand))
        let quiet = mode.quiet
        let handNumber = match.handsPlayed
        for seat in minds.keys.sorted() {
            guard let personality = personalities[seat] else { continue }
            let events = minds[seat]?.observe(recap, seat: seat) ?? []
            let seed = TalkSeed.make(gameSeed: seed, handNumber: handNumber, seat: seat, beat: 5_000)
            let beats = minds[seat]?.commentary(on: recap, seat: seat, events: events, personality: personality,
                                                seed: seed, quiet: quiet) ?? []
            step.messages += messages(for: beats, seat: seat, kind: .commentary)
            step.changedMinds.insert(seat)
        }
        for event in step.matchEvents {
            switch event {
            case let .busted(seat, place): step.messages.append(system("\(name(ofSeat: seat)) is out in \(HandReport.ordinal(place)) place."))
            case let .won(seat): step.messages.append(system("\(name(ofSeat: seat)) wins the tournament!"))
            default: break
            }
        }
    }

    func messages(for beats: [TalkBeat], seat: Int, kind speechKind: TableMessage.Kind = .speech) -> [TableMessage] {
        beats.map { beat in
            TableMessage(seat: seat, kind: beat.kind == .gesture ? .gesture : speechKind, text: beat.text,
                         handNumber: match.handsPlayed)
        }
    }

    func system(_ text: String) -> TableMessage {
        TableMessage(seat: nil, kind: .system, text: text, handNumber: match.handsPlayed)
    }

    mutating func remember(_ messages: [TableMessage]) {
        guard !messages.isEmpty else { return }
        if messages.contains(where: { $0.seat != nil && $0.kind != .chat }) { tableSilence = 0 }
        recentTalk += messages
        if recentTalk.count > Self.talkMemory { recentTalk.removeFirst(recentTalk.count - Self.talkMemory) }
    }
}
