import ArgumentParser
import PokerAI
import PokerGame
import PokerStore

/// `pokerface resume [GAME_ID]` — continue a saved game exactly where it stopped.
struct ResumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue a saved game (the latest unfinished one by default) exactly where it stopped."
    )

    @Argument(help: "The game id (see `pokerface games`).") var game: Int64?
    @Flag(help: "Continue without the terminal table (AI seats only).") var headless = false
    @Option(parsing: .unconditional, help: "Stop after this many more hands.") var hands: Int?
    @OptionGroup var llm: LLMSeatOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let hands, hands < 1 { throw ValidationError("--hands must be at least 1, not \(hands)") }
    }

    func run() async throws {
        let gameStore = try store.openExisting()
        let saved = try await ResumeChoice.pick(game, store: gameStore, path: store.resolvedPath)
        guard saved.status == .running else {
            throw CLIError("game \(saved.id.rawValue) is \(saved.status.rawValue); nothing to resume")
        }
        do { try await gameStore.claim(saved.id) } catch { throw CLIError(error.description) }
        let library = PersonalityLibrary.loadStandard()
        let personalities = GameState.personalities(for: saved.setup, library: library)
        let state = GameRecorder.restore(saved, personalities: personalities)
        let recorder = GameRecorder(store: gameStore, game: saved.id)
        var options = llm
        if options.provider == nil, let seat = saved.setup.seats.first(where: { $0.kind == .llm }) {
            options.provider = seat.provider
            options.model = options.model ?? seat.model
        }
        if let timeout = saved.setup.decisionTimeout, !CommandLine.arguments.contains("--decision-timeout") {
            options.decisionTimeout = timeout
        }
        try options.requireKey(try options.resolvedConfig())
        if headless || saved.setup.humanSeat == nil {
            print("Resuming game \(saved.id.rawValue) at hand \(state.match.handsPlayed) (\(state.setup.names.joined(separator: ", ")))")
            try await HeadlessPlay.run(state: state, recorder: recorder, maxHands: hands, llm: options)
        } else {
            try await TablePlay.run(state: state, recorder: recorder, llm: options)
        }
    }
}
