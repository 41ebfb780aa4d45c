import ArgumentParser
import Foundation
import LLMClient
import PokerAI
import PokerLab

/// `pokerface personalities test NAME`: a character through a scenario suite.
struct PersonalityTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Play a character through a scenario suite and score its decisions against a sound player.",
        discussion: """
            The offline bot plays by default; --provider/--model let an LLM play (with the offline bot as its \
            fallback). Each spot's decision is judged by the decision analyser. The starter suite ships in \
            suites/starter.json; see docs/ai-lab.md for the format.
            """)

    @Argument(help: "The character's name, nickname or slug (not with --sound).") var name: String?
    @Flag(help: "Play the strategy core alone, with no character's deviations.") var sound = false
    @Option(help: "The suite file (default: the bundled starter suite).") var suite: String?
    @Option(help: "LLM provider (default: the offline bot).") var provider: String?
    @Option(help: "Model for the provider.") var model: String?
    @Option(name: .customLong("base-url"), help: "API base URL for the provider.") var baseURL: String?
    @Option(help: "Game mode of the prompts: casual, standard, pro, competitive.") var mode: GameModeOption = .standard
    @Option(help: "Play every spot this many times (the offline bot mixes its play; LLMs vary).") var runs = 1
    @Option(help: "Seconds an LLM may take per spot.") var timeout: Double = 30
    @Flag(help: "JSON output.") var json = false

    func validate() throws {
        guard (1...20).contains(runs) else { throw ValidationError("--runs must be 1 to 20") }
        guard sound || name != nil else { throw ValidationError("name a character, or use --sound for the strategy core") }
        guard !(sound && name != nil) else { throw ValidationError("--sound plays the core alone: leave out the character") }
        guard !(sound && provider != nil) else { throw ValidationError("--sound plays the offline core, not an LLM") }
    }

    func run() async throws {
        let library = PersonalityLibrary.loadStandard()
        let entry: PersonalityLibrary.Entry
        if sound {
            guard let first = library.entries.first else { throw CLIError("no bundled characters were found") }
            entry = first
        } else {
            let name = name ?? ""
            guard let found = library.entry(named: name) else {
                throw CLIError("no character named \"\(name)\" (see `pokerface personalities list`)")
            }
            entry = found
        }
        let path = suite ?? SuiteLocation.starter().path
        let scenarios: ScenarioSuite
        do { scenarios = try ScenarioSuite.load(path: path) } catch { throw CLIError(error.description) }
        let (player, playerName, sink) = try controller(entry)
        let who = sound ? "the strategy core" : entry.personality.name
        if !json { print("Playing \(scenarios.spots.count) spots as \(who) (\(playerName))…") }
        var report = await ScenarioRunner.run(scenarios, personality: entry.personality, player: player,
                                              playerName: playerName, mode: mode.mode, runs: runs)
        if sound { report.personality = "strategy core" }
        if json { return print(try JSONOutput.encode(report)) }
        print(report.text, terminator: "")
        if let sink {
            let records = sink.records
            let cost = records.compactMap(\.costUSD).reduce(0, +)
            print("LLM calls: \(records.count), \(records.reduce(0) { $0 + $1.tokens.input }) tokens in, "
                + "\(records.reduce(0) { $0 + $1.tokens.output }) out, \(LabText.money(cost)).")
        }
    }

    func controller(_ entry: PersonalityLibrary.Entry) throws -> (any PlayerController, String, InMemoryUsageSink?) {
        guard let provider, ProviderID(name: provider) != .offline else {
            return (OfflineBot(personality: entry.personality, sound: sound), sound ? "sound core" : "offline bot", nil)
        }
        guard let id = ProviderID(name: provider) else { throw CLIError("unknown provider '\(provider)'") }
        let config: LLMConfig
        do {
            config = try LLMConfig.resolve(LLMOverrides(provider: id, model: model, baseURL: baseURL))
        } catch {
            throw CLIError(error.userMessage)
        }
        let sink = InMemoryUsageSink()
        let player = LLMPlayer(personality: entry.personality, slug: entry.slug, client: LLMClient(usageSink: sink),
                               config: config)
        return (TimedPlayer(player: player, timeout: .milliseconds(Int(timeout * 1000))),
                "\(config.provider.rawValue)/\(config.model)", sink)
    }
}

/// An LLM player with the suite's deadline instead of the spot's.
struct TimedPlayer: PlayerController {
    let player: LLMPlayer
    let timeout: Duration

    func decide(_ request: DecisionRequest) async -> Decision {
        await player.decide(CapturedRequest(request).request(timeout: timeout))
    }
}
