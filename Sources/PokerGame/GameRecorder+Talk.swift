import PokerStore

extension GameRecorder {
    /// Saves table talk that happened outside an action (the human speaking, the AI replies) and
    /// the minds it changed, without touching the hand.
    public func recordTalk(_ step: GameStep, state: GameState) async throws(StoreError) {
        let messages = step.messages.map(StoreMapping.stored)
        if !messages.isEmpty { try await store.recordMessages(game: game, messages) }
        for seat in step.changedMinds.sorted() {
            guard let mind = state.minds[seat] else { continue }
            try await store.saveAIState(game: game, StoreMapping.aiState(seat: seat, mind: mind))
        }
    }
}
