import LLMClient
import PokerAI
import PokerStore

/// LLM players for every AI seat, sharing one client. Nothing is written here: each player hands
/// its capture and the usage of its calls back with its decision, and the driver stores them with
/// the action (``GameRecorder/record(_:state:newHand:decision:)``).
public enum LLMSeats {
    public static func controllers(for state: GameState, config: LLMConfig, game: GameID?,
                                   transport: (any HTTPTransport)? = nil) -> [Int: any PlayerController] {
        let usage = DecisionUsage()
        let client = transport.map { LLMClient(transport: $0, usageSink: usage) } ?? LLMClient(usageSink: usage)
        var controllers: [Int: any PlayerController] = [:]
        for (seat, personality) in state.personalities {
            let slug = state.setup.seats[seat].personality ?? personality.name
            var tags: [String: String] = [:]
            if let game { tags["game"] = String(game.rawValue) }
            controllers[seat] = LLMPlayer(personality: personality, slug: slug, client: client, config: config,
                                          usage: usage, tags: tags)
        }
        return controllers
    }
}
