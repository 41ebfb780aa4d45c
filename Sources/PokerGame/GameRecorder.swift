import Foundation
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
    /// decision's verdict in the same transaction.
    public func record(_ step: GameStep, state: GameState, newHand: Bool, verdict: JudgedDecision? = nil) async throws(StoreError) {
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
                                         verdict: verdict.map(recorded))
        }
        if state.isOver { try await store.finishGame(game) }
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
    /// Stores the verdict on a decision recorded apart from it (imported hands), linked to its
    /// capture (whose automatic labels are added too).
    public func recordAnalysis(_ judged: JudgedDecision) async throws(StoreError) {
        try await store.recordVerdict(recorded(judged))
    }

    /// The rows a verdict is stored as.
    func recorded(_ judged: JudgedDecision) -> RecordedVerdict {
        let analysis = judged.analysis
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
            capture: judged.captureID.map { CaptureID($0) }, analyzerVersion: DecisionAnalyzer.version, labels: analysis.labels)
        return RecordedVerdict(analysis: row, captureLabels: analysis.labels + ["verdict:\(analysis.verdict.rawValue)"])
    }
}
