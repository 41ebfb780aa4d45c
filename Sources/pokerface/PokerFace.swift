import ArgumentParser
import Glibc

@main
struct PokerFace: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pokerface",
        abstract: "Texas Hold'em in the terminal against AI opponents with character.",
        subcommands: [
            MenuCommand.self,
            PlayCommand.self,
            ResumeCommand.self,
            ReplayCommand.self,
            GamesCommand.self,
            HandsCommand.self,
            HHCommand.self,
            EvalCommand.self,
            EquityCommand.self,
            PreflopTableCommand.self,
            SolveCommand.self,
            PersonalitiesCommand.self,
            LLMCommand.self,
            DebugCommand.self,
            UsageCommand.self,
            ExperimentCommand.self,
            BenchCommand.self,
            TerminalCheckCommand.self,
        ]
    )

    /// `pokerface` alone: the menu in a terminal, the help otherwise.
    func run() async throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            print(Self.helpMessage())
            return
        }
        let menu = try MenuCommand.parse([])
        try await menu.run()
    }
}
