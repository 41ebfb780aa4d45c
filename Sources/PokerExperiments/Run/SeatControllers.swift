import LLMClient
import PokerAI
import PokerGame
import PokerStore

/// Builds the controller of every seat of one experiment game.
struct SeatControllers: Sendable {
    let plan: ExperimentPlan
    let configs: SeatConfigs
    /// The one client shared by every game (its rate limiter and breakers are per provider).
    let client: LLMClient?
    /// The client's sink for decision calls: each LLM seat takes its decision's usage from it, and the
    /// game stores it with the action.
    let usage: DecisionUsage

    func controllers(_ key: TournamentKey, state: GameState, game: GameID,
                     experiment: String) -> [Int: any PlayerController] {
        let settings = plan.spec.settings(forVariant: key.variant)
        var controllers: [Int: any PlayerController] = [:]
        for (seat, personality) in state.personalities {
            let entrant = plan.entrant(atSeat: seat, tournament: key.tournament)
            let spec = settings.seats[entrant]
            var controller: any PlayerController = OfflineBot(personality: personality)
            if spec.isLLM, let client, let config = configs.configs[SeatConfigs.key(spec)] {
                let slug = state.setup.seats[seat].personality ?? personality.name
                controller = LLMPlayer(personality: personality, slug: slug, client: client, config: config,
                                       usage: usage,
                                       tags: ["game": String(game.rawValue), "experiment": experiment, "variant": settings.label])
            }
            let mode = settings.mode(ofEntrant: entrant)
            controllers[seat] = mode == settings.mode ? controller : ModeOverride(inner: controller, mode: mode)
        }
        return controllers
    }
}

/// Plays a seat under another game mode than the table's (its prompt shows what that mode shows).
struct ModeOverride: PlayerController {
    let inner: any PlayerController
    let mode: GameMode

    func decide(_ request: DecisionRequest) async -> Decision {
        var context = request.context
        context.mode = mode
        return await inner.decide(DecisionRequest(view: request.view, context: context, recentTalk: request.recentTalk,
                                                  timeout: request.timeout, decisionIndex: request.decisionIndex,
                                                  mind: request.mind, gameSeed: request.gameSeed))
    }
}
