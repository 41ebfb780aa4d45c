import ArgumentParser
import Foundation
import PokerTUI

/// `pokerface terminal-check`: shows the terminal's size, the four suits in colour and the
/// capabilities, and echoes keys; `q` quits. Diagnostic tooling and the first tmux test's target.
struct TerminalCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terminal-check",
        abstract: "Show what this terminal can do (size, suits in colour, keys); q quits.",
        shouldDisplay: false
    )

    @Option(
        name: .customLong("bench-frames"),
        help: ArgumentHelp("Time N frame presents at the current size, print the figures and quit.", visibility: .hidden)
    )
    var benchFrames: Int?

    func run() async throws {
        try await Self.runOnMain(benchFrames: benchFrames)
    }

    @MainActor
    private static func runOnMain(benchFrames: Int?) throws {
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch {
            TerminalOutput.standardError(error.description + "\n")
            throw ExitCode(2)
        }
        if let benchFrames {
            let result = PresentBenchmark.run(on: terminal, frames: benchFrames)
            terminal.restore()
            print(result)
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let state = TerminalCheck.State(term: environment["TERM"] ?? "", processID: ProcessInfo.processInfo.processIdentifier)
        let runner = AppRunner(terminal: terminal, state: state, program: TerminalCheck.program) { command, _ in
            switch command {
            case .quit: .quit
            }
        }
        try runner.run()
    }
}
