import ArgumentParser
import Foundation
import PokerAI
import PokerGame
import PokerStore
import PokerTUI

/// `pokerface menu` (and `pokerface` alone in a terminal): the main menu — new game, resume,
/// replay, stats, settings.
struct MenuCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "menu",
        abstract: "Open the main menu (what `pokerface` does in a terminal)."
    )

    @OptionGroup var llm: LLMSeatOptions
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let terminal = try await Self.openTerminal()
        let gameStore: GameStore
        do { gameStore = try store.open() } catch {
            await terminal.restore()
            throw error
        }
        let library = PersonalityLibrary.loadStandard()
        let settings = Self.settings()
        let effects = await AppEffects(environment: Self.environment(store: gameStore, library: library, llm: llm))
        let characters = SetupState.characters(from: library)
        let problems = Self.providerProblems(llm)
        let skipped = Set(library.issues.map(\.file)).count
        try await Self.run(terminal: terminal, effects: effects) { now, size in
            var state = AppState.menu(now: now, size: size, settings: settings, characters: characters)
            state.providerProblems = problems
            if skipped > 0 {
                state.screen = .menu(MenuState(notice: "\(skipped) character file\(skipped == 1 ? " was" : "s were") skipped: "
                    + "run pokerface personalities check"))
            }
            return state
        }
    }

    /// For the new-game form: the providers that cannot be used for want of a key, with the line
    /// that fixes it.
    static func providerProblems(_ llm: LLMSeatOptions) -> [String: String] {
        var problems: [String: String] = [:]
        for name in SetupState.providers where name != "offline" {
            var options = llm
            options.provider = name
            options.model = nil
            if let problem = LLMSeatOptions.missingKey(try? options.resolvedConfig()) {
                problems[name] = problem.replacingOccurrences(of: ", or leave out --provider to play offline bots", with: "")
            }
        }
        return problems
    }

    // MARK: - Shared by the commands that open the terminal UI

    /// The terminal, or the one-sentence reason there is none (exit status 2).
    @MainActor
    static func openTerminal() throws -> CursesTerminal {
        do {
            return try PokerApp.openTerminal()
        } catch {
            TerminalOutput.standardError(error.description + "\n")
            throw ExitCode(2)
        }
    }

    /// Runs the app on `terminal`, then waits for every save to finish.
    static func run(terminal: CursesTerminal, effects: AppEffects, initialCommands: [AppCommand] = [],
                    makeState: @escaping @MainActor (ContinuousClock.Instant, TerminalSize) -> AppState) async throws {
        let final = try await MainActor.run {
            try PokerApp.run(on: terminal, effects: effects, initialCommands: initialCommands, makeState: makeState)
        }
        await effects.finish()
        if let farewell = PokerApp.farewell(final) { print(farewell) }
    }

    /// The saved settings, with `POKERFACE_AI_DELAY_MS` and `POKERFACE_RUNOUT_MS` (tests, demos)
    /// overriding the table's pace.
    static func settings(environment: [String: String] = ProcessInfo.processInfo.environment) -> UISettings {
        var settings = UISettings.load(from: UISettings.fileURL(environment: environment))
        if let value = environment["POKERFACE_AI_DELAY_MS"].flatMap(Int.init) { settings.aiPaceMs = max(0, value) }
        if let value = environment["POKERFACE_RUNOUT_MS"].flatMap(Int.init) { settings.runoutPaceMs = max(0, value) }
        return settings
    }

    /// The live pieces: the store, the personalities, offline or LLM controllers per the setup.
    static func environment(store: GameStore, library: PersonalityLibrary, llm: LLMSeatOptions) -> AppEnvironment {
        let exports = URL(fileURLWithPath: store.path).deletingLastPathComponent().appendingPathComponent("exports")
        var environment = AppEnvironment(store: store, library: library, settingsURL: UISettings.fileURL(),
                                         exportDirectory: exports) { game, gameID, provider, model in
            var options = llm
            if let provider { options.provider = provider }
            if let model { options.model = model }
            return try await options.controllers(for: game, game: gameID)
        }
        // LLM seats answer the human's talk through their model (the game's own provider, else the flags').
        let fallback = try? llm.resolvedConfig()
        environment.chatResponder = { game, gameID, text, seat in
            var options = llm
            if let llmSeat = game.setup.seats.first(where: { $0.kind == .llm }) {
                options.provider = llmSeat.provider ?? options.provider
                options.model = llmSeat.model ?? options.model
            }
            guard let config = (try? options.resolvedConfig()) ?? fallback else { return LLMChat.Reply(messages: []) }
            return await LLMChat.responder(config: config, store: store)(game, gameID, text, seat)
        }
        return environment
    }
}
