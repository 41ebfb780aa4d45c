import PokerAI
import PokerGame
import PokerStore
import PokerTUI

/// The terminal table for `pokerface play` / `resume` without --headless.
enum TablePlay {
    static func run(state: GameState, recorder: GameRecorder, llm: LLMSeatOptions) async throws {
        let terminal: CursesTerminal
        do {
            terminal = try await MenuCommand.openTerminal()
        } catch {
            // No terminal: a game created for this run and never dealt is of no use to anyone.
            if state.match.handsPlayed == 0 {
                do { try await recorder.store.abandonGame(recorder.game) } catch let abandon {
                    TerminalOutput.standardError("Error: game \(recorder.game.rawValue) could not be closed: \(abandon.description)\n")
                }
            }
            throw error
        }
        let controllers: [Int: any PlayerController]
        do {
            controllers = try await llm.controllers(for: state, game: recorder.game)
        } catch {
            await terminal.restore()
            throw error
        }
        let library = PersonalityLibrary.loadStandard()
        let settings = MenuCommand.settings()
        let environment = MenuCommand.environment(store: recorder.store, library: library, llm: llm)
        let effects = await AppEffects(environment: environment, live: LiveGame(controllers: controllers, recorder: recorder))
        let gameID = recorder.game.rawValue
        let history: TableHistory
        do {
            history = try await TableHistory.load(store: recorder.store, game: recorder.game, state: state)
        } catch {
            await terminal.restore()
            throw error
        }
        try await MenuCommand.run(terminal: terminal, effects: effects) { now, size in
            AppState.table(state, gameID: gameID, now: now, size: size, settings: settings, history: history)
        }
    }
}
