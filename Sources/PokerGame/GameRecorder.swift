import Foundation
import LLMClient
import PokerAI
import PokerEngine
import PokerStore

/// Saves a game through the store after every step, in one transaction per step.
public struct GameRecorder: Sendable {
    public let store: GameStore
    public let game: GameID

    public init(store: GameStore, game: GameID) {
        self.store = store
        self.game = game
    }

    /// Creates the game in the store and returns a recorder for it.
    public static func create(store: GameStore, state: GameState) async throws(StoreError) -> GameRecorder {
        let id = try await store.createGame(setup: state.setup, match: state.match)
        try await store.claim(id)
        try await GamePersonalities.save(state, game: id, store: store)
        return GameRecorder(store: store, game: id)
    }

    /// Records what `step` did to `state` (a new hand, or a decision and what followed), with the
    /// decision's verdict, LLM capture and usage rows in the same transaction.
    public func record(_ step: GameStep, state: GameState, newHand: Bool, decision: DecisionRecord? = nil) async throws(StoreError) {
        let minds = step.changedMinds.sorted().compactMap { seat in
            state.minds[seat].map { StoreMapping.aiState(seat: seat, mind: $0) }
        }
        let messages = step.messages.map(StoreMapping.stored)
        if newHand {
            try await store.recordHandStarted(game: game, match: state.match, matchEvents: step.matchEvents,
                                              aiState: minds, messages: messages)
        } else {
            try await store.recordAction(game: game, match: state.match, newEvents: step.handEvents,
                                         matchEvents: step.matchEvents, aiState: minds, messages: messages,
                                         verdict: decision.flatMap(verdict), capture: decision?.capture.map { capture in
                                             StoreTelemetry.captureRow(capture, game: game)
                                         }, usage: decision?.usage.map(usageRow) ?? [])
        }
        if state.isOver { try await store.finishGame(game) }
    }

    /// The `api_usage` row of one call made for a decision of this game.
    func usageRow(_ record: UsageRecord) -> UsageRow {
        var row = StoreTelemetry.usageRow(record)
        row.game = game
        return row
    }

    /// Rebuilds a saved game: the match where it stopped and every AI seat's mind.
    public static func restore(_ saved: SavedGame, personalities: [Int: Personality]) -> GameState {
        var minds: [Int: SeatMind] = [:]
        for state in saved.aiState {
            guard let personality = personalities[state.seat] else { continue }
            minds[state.seat] = StoreMapping.mind(from: state, personality: personality)
        }
        var game = GameState(setup: saved.setup, match: saved.match, personalities: personalities, minds: minds)
        game.record(saved.messages.map(StoreMapping.message))
        return game
    }
}

extension GameRecorder {
    /// Stores the verdict on a decision recorded apart from it (imported hands: no capture).
    public func recordAnalysis(_ judged: DecisionRecord) async throws(StoreError) {
        guard let verdict = verdict(judged) else { return }
        try await store.recordVerdict(verdict)
    }

    /// The rows a verdict is stored as (the store links it to the capture filed with it).
    func verdict(_ judged: DecisionRecord) -> RecordedVerdict? {
        guard let analysis = judged.analysis else { return nil }
        let psychology = judged.mind.flatMap { try? JSONEncoder().encode($0.psychology) }.map { String(decoding: $0, as: UTF8.self) }
        let facts = analysis.facts
        let verdict: AnalysisRow.Verdict = switch analysis.verdict {
        case .correct: .correct
        case .marginal: .marginal
        case .mistake: .mistake
        }
        let row = AnalysisRow(
            game: game, handNumber: judged.handNumber, seat: judged.seat, personality: judged.personality, street: facts.street,
            holeCards: facts.holeCards, board: facts.board, actionTaken: analysis.move.rawValue, amount: analysis.amount,
            pot: facts.pot, toCall: facts.toCall, opponents: facts.opponents.count,
            equityVsRandom: analysis.equityVsRandom, equityVsRanges: analysis.equityVsRanges, potOdds: analysis.potOdds,
            requiredEquity: analysis.requiredEquity, evCall: analysis.evCall, optimalAction: analysis.optimal.rawValue,
            verdict: verdict, evLostBB: analysis.evLostBigBlinds, position: facts.positionName, handClass: analysis.handClass,
            tier: analysis.tier.map(String.init), stackBB: facts.stackInBigBlinds, psychologyJSON: psychology,
            capture: nil, analyzerVersion: DecisionAnalyzer.version, labels: analysis.labels)
        return RecordedVerdict(analysis: row, captureLabels: analysis.labels + ["verdict:\(analysis.verdict.rawValue)"])
    }
}
