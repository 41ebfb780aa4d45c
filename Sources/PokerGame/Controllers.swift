import PokerAI
import PokerStore

/// Builds the controller of every AI seat of a game.
public enum Controllers {
    /// Offline bots for every AI seat (LLM seats are wired by `LLMSeats` when a provider is configured).
    public static func offline(for state: GameState) -> [Int: any PlayerController] {
        var controllers: [Int: any PlayerController] = [:]
        for (seat, personality) in state.personalities { controllers[seat] = OfflineBot(personality: personality) }
        return controllers
    }
}
