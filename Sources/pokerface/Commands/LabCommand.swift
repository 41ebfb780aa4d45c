import ArgumentParser

/// `pokerface lab …` (alias `debug`, its name before the lab had a module of its own): the AI lab on
/// the command line.
struct LabCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "The AI lab: browse captured AI decisions, see why, re-run them, label them, replay games.",
        discussion: """
            Every LLM decision is captured with its prompt, answer, verdict and cost. Typical session: \
            `lab captures --verdict mistake`, `lab show ID`, `lab rerun ID --edit`, \
            `lab label ID --add needs-fix`, `lab rerun --label needs-fix --provider local`. `debug` is an alias of \
            `lab`. See docs/ai-lab.md.
            """,
        subcommands: [LabCapturesCommand.self, LabShowCommand.self, LabRerunCommand.self, LabLabelCommand.self,
                      LabLabelsCommand.self, LabReplayGameCommand.self],
        aliases: ["debug"]
    )
}
