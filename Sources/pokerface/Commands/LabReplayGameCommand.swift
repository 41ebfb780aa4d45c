import ArgumentParser
import PokerAI
import PokerGame
import PokerLab
import PokerStore

/// `pokerface lab replay-game GAME_ID`: a recorded game again, from its captures, offline.
struct LabReplayGameCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay-game",
        abstract: "Replay a recorded game from its captured LLM answers (no network) and check every action and stack.",
        discussion: "Exits with status 1 when the replay differs from the record, so a bug report is a database file.")

    @Argument(help: "The game id (see `pokerface games`).") var game: Int64
    @Flag(help: "JSON output.") var json = false
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let replayer = GameReplayer(store: try store.openForReading(), library: PersonalityLibrary.loadStandard())
        let report: GameReplayReport
        do { report = try await replayer.replay(GameID(game)) } catch { throw CLIError(error.description) }
        print(json ? try JSONOutput.encode(report) : report.text, terminator: json ? "\n" : "")
        if !report.matches { throw ExitCode.failure }
    }
}
