import ArgumentParser
import PokerAI
import PokerStore
import PokerTUI

/// `pokerface replay [HAND_ID]` — step through a stored hand with every card shown.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay stored hands action by action, with every hole card, the talk and the AI's reasoning.",
        discussion: "Without a hand id, choose a game and a hand (filters: biggest pots, showdowns, AI mistakes)."
    )

    @Argument(help: "The hand id (see `pokerface hands`).") var hand: Int64?
    @Option(name: .customLong("hand"), help: "The hand id, as an option (imported hands too).") var handID: Int64?
    @Option(help: "Open this game's hand list.") var game: Int64?
    @OptionGroup var store: StoreOptions

    func run() async throws {
        // The LLM options as if given no flags (built by parsing: a bare init leaves them unreadable).
        let llm = try LLMSeatOptions.parse([])
        let terminal = try await MenuCommand.openTerminal()
        let gameStore: GameStore
        do { gameStore = try store.openForReading() } catch {
            await terminal.restore()
            throw error
        }
        let environment = MenuCommand.environment(store: gameStore, library: PersonalityLibrary.loadStandard(),
                                                  llm: llm)
        let effects = await AppEffects(environment: environment)
        let settings = MenuCommand.settings()
        // The picker loads the games itself; the other entries load them for going back to it.
        var commands: [AppCommand] = []
        if let hand = hand ?? handID {
            commands = [.loadGames, .replay(.loadHand(handID: hand))]
        } else if let game {
            commands = [.loadGames, .replay(.loadHands(gameID: game))]
        }
        let opensPicker = hand == nil && handID == nil && game == nil
        try await MenuCommand.run(terminal: terminal, effects: effects, initialCommands: commands) { now, size in
            var state = AppState.replay(now: now, size: size, settings: settings)
            if opensPicker { state.screen = .picker(GamePickerState(purpose: .replay, games: [])) }
            return state
        }
    }
}
