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
        return GameRecorder(store: store, game: id)
    }

    /// Records what `step` did to `state` (a new hand, or a decision and what followed).
    public func record(_ step: GameStep, state: GameState, newHand: Bool) async throws(StoreError) {
        let minds = step.changedMinds.sorted().compactMap { seat in
            state.minds[seat].map { StoreMapping.aiState(seat: seat, mind: $0) }
        }
        let messages = step.messages.map(StoreMapping.stored)
        if newHand {
            try await store.recordHandStarted(game: game, match: state.match, matchEvents: step.matchEvents,
                                              aiState: minds, messages: messages)
        } else {
            try await store.recordAction(game: game, match: state.match, newEvents: step.handEvents,
                                         matchEvents: step.matchEvents, aiState: minds, messages: messages)
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
