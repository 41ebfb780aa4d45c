import ArgumentParser

@main
struct PokerFace: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pokerface",
        abstract: "Texas Hold'em in the terminal against AI opponents with character.",
        subcommands: [
            PlayCommand.self,
            ResumeCommand.self,
            GamesCommand.self,
            HandsCommand.self,
            HHCommand.self,
            EvalCommand.self,
            EquityCommand.self,
            PersonalitiesCommand.self,
            LLMCommand.self,
            ExperimentCommand.self,
            BenchCommand.self,
            TerminalCheckCommand.self,
        ]
    )
}
