import ArgumentParser
import Foundation
import Glibc

@main
struct PokerFace: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pokerface",
        abstract: "Texas Hold'em in the terminal against AI opponents with character.",
        version: BuildInfo.versionLine,
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
            SpotCommand.self,
            PersonalitiesCommand.self,
            LLMCommand.self,
            LabCommand.self,
            UsageCommand.self,
            ExperimentCommand.self,
            BenchCommand.self,
            TerminalCheckCommand.self,
            DoctorCommand.self,
        ]
    )

    /// Parses and runs the command; a failure is one line on standard error (`pokerface play:
    /// --stack must be …`), where argument-parser would add the usage and a pointer to --help.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            exitWithOneLine(error)
        }
    }

    /// Help, version and bare exit codes go through argument-parser; every other error is one line.
    static func exitWithOneLine(_ error: any Error) -> Never {
        let code = exitCode(for: error)
        let message = message(for: error).trimmingCharacters(in: .whitespacesAndNewlines)
        if code == .success || error is ExitCode || message.isEmpty { exit(withError: error) }
        let firstLine = message.split(separator: "\n").first.map(String.init) ?? message
        TerminalOutput.standardError("pokerface: " + firstLine + "\n")
        Glibc.exit(code.rawValue)
    }

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
