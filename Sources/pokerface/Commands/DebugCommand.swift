import ArgumentParser

/// `pokerface debug …`: the AI lab on the command line.
struct DebugCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug",
        abstract: "The AI lab: browse captured AI decisions, see why, re-run them, label them, replay games.",
        discussion: """
            Every LLM decision is captured with its prompt, answer, verdict and cost. Typical session: \
            `debug captures --verdict mistake`, `debug show ID`, `debug rerun ID --edit`, \
            `debug label ID --add needs-fix`, `debug rerun --label needs-fix --provider local`. See docs/ai-lab.md.
            """,
        subcommands: [DebugCapturesCommand.self, DebugShowCommand.self, DebugRerunCommand.self, DebugLabelCommand.self,
                      DebugLabelsCommand.self, DebugReplayGameCommand.self]
    )
}
