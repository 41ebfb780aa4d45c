import ArgumentParser
import Foundation
import PokerAI
import PokerEngine
import PokerGame
import PokerStore

/// `pokerface play` — a new game at the table, or headless between AI seats.
struct PlayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Start a new tournament (at the terminal table, or --headless between AI players).",
        discussion: "Every action is saved as it happens; quit or crash at any moment and `pokerface resume` continues."
    )

    @Flag(help: "Play with AI seats only, printing one line per hand (no terminal needed).") var headless = false
    // `.unconditional` lets `--stack -5` reach `validate()` (which names the problem) instead of
    // being taken for an option.
    @Option(parsing: .unconditional, help: "Seats at the table (2-9).") var seats = 6
    @Option(parsing: .unconditional, help: "Stop after this many hands (the game stays resumable).") var hands: Int?
    @Option(help: "Seed for the deck, the seats and every AI choice.") var seed: UInt64?
    @Option(parsing: .unconditional, help: "Starting stack in chips.") var stack = 1_500
    @Option(parsing: .unconditional, help: "Big blind at the first level.") var bigBlind = 20
    @Option(parsing: .unconditional, help: "Hands per blind level (blinds rise x1.5 each level).") var handsPerLevel = 6
    @Option(parsing: .unconditional, help: ArgumentHelp("The blind level antes start at, counted from 0 (the first), or none.",
                               discussion: "As `antes_from_level` in an experiment's [table]; the default 4 is the fifth level."))
    var antesFromLevel = "4"
    @Option(help: "Who posts the ante: big-blind (for the table) or everyone.") var anteStyle: AnteStyleOption = .bigBlind
    @Option(help: "Game mode: casual, standard, pro, competitive.") var mode: GameModeOption = .standard
    @Option(help: "Button rule: dead (the tournament rule: nobody skips or repeats a blind) or moving.")
    var button: ButtonRuleOption = .dead
    @Option(help: ArgumentHelp(
        "Opponents by name, slug or nickname, comma-separated, seated in the order given (the rest are picked by the seed).",
        discussion: "Headless, the first sits in seat 0; at the table seat 0 is yours and they start at seat 1."))
    var opponents: String?
    @Option(help: "Your name at the table (default: the name in Settings, else You).") var name: String?
    @OptionGroup var llm: LLMSeatOptions
    @OptionGroup var store: StoreOptions

    /// The opponents named on the command line.
    var opponentNames: [String] {
        opponents?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } ?? []
    }

    func validate() throws {
        try PlayArguments.check(seats: seats, stack: stack, bigBlind: bigBlind, handsPerLevel: handsPerLevel, hands: hands,
                                opponents: opponentNames, aiSeats: seats - (headless ? 0 : 1))
        _ = try PlayArguments.anteLevel(antesFromLevel)
        if let name, let refusal = TextSanitizer.refusal(of: name, field: "--name") { throw ValidationError(refusal) }
    }

    func run() async throws {
        var options = NewGameOptions()
        options.seats = seats
        options.seed = seed ?? UInt64.random(in: 1...UInt64.max)
        options.startingStack = Chips(stack)
        options.bigBlind = Chips(bigBlind)
        options.handsPerLevel = handsPerLevel
        options.antesFromLevel = try PlayArguments.anteLevel(antesFromLevel)
        options.anteStyle = anteStyle.style
        options.buttonRule = button.rule
        options.mode = mode.mode
        options.opponents = opponentNames
        let config = try llm.resolvedConfig()
        try llm.requireKey(config)
        options.provider = config?.provider.rawValue
        options.model = config?.model
        options.decisionTimeout = llm.decisionTimeout
        options.humanName = headless ? nil : (name ?? MenuCommand.settings().playerName)
        let library = PersonalityLibrary.loadStandard()
        let skipped = Set(library.issues.map(\.file)).count
        if skipped > 0 {  // once, however many problems each file has
            Console.error("\(skipped) character file\(skipped == 1 ? " was" : "s were") skipped: run pokerface personalities check")
        }
        let state: GameState
        do { state = try GameState.new(options, library: library) } catch { throw PlayArguments.sentence(error) }
        let gameStore = try store.open()
        let recorder: GameRecorder
        do { recorder = try await GameRecorder.create(store: gameStore, state: state) } catch { throw CLIError(error.description) }
        if headless {
            print("Game \(recorder.game.rawValue) · seed \(options.seed) · \(state.setup.names.joined(separator: ", "))")
            try await HeadlessPlay.run(state: state, recorder: recorder, maxHands: hands, llm: llm)
        } else {
            try await TablePlay.run(state: state, recorder: recorder, llm: llm)
        }
    }
}

enum ButtonRuleOption: String, ExpressibleByArgument, CaseIterable {
    case dead, moving
    var rule: ButtonRule { self == .moving ? .moving : .dead }
}

enum AnteStyleOption: String, ExpressibleByArgument, CaseIterable {
    case bigBlind = "big-blind", everyone
    var style: AnteStyle { self == .everyone ? .everyone : .bigBlind }
}

enum GameModeOption: String, ExpressibleByArgument, CaseIterable {
    case casual, standard, pro, competitive
    var mode: GameMode { GameMode(rawValue: rawValue) ?? .standard }
}
