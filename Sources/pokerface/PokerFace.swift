import ArgumentParser

@main
struct PokerFace: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pokerface",
        abstract: "Texas Hold'em in the terminal against AI opponents with character.",
        subcommands: [LLMCommand.self]
    )
}
