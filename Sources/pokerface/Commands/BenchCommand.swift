import ArgumentParser
import Foundation

/// `pokerface bench` — the performance figures quoted in README (release build, one core).
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the engine, evaluator, equity, storage and LLM plumbing (use a release build)."
    )

    @Flag(help: "Print the figures as JSON.") var json = false
    @Option(help: "Only the groups whose names contain this text (engine, hand strength, equity, solver, store, llm, ai, ui).")
    var only: String?
    @Option(help: "Tasks for the figures measured on several cores (default: every core).")
    var threads: Int?
    @Option(help: "Also measure a local llama.cpp model at this base URL (e.g. http://127.0.0.1:18083/v1).")
    var localModelURL: String?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() async throws {
        var figures: [BenchFigure] = []
        func wanted(_ group: String) -> Bool { only.map { group.contains($0.lowercased()) } ?? true }
        if wanted("engine") { figures += EngineBench.run() }
        if wanted("hand strength") { figures += HandStrengthBench.run() }
        if wanted("equity") { figures += await EquityBench.run(threads: threads ?? ProcessInfo.processInfo.activeProcessorCount) }
        if wanted("solver") { figures += SolverBench.run() }
        if wanted("store") { figures += try await StoreBench.run() }
        if wanted("ai") { figures += AIBench.run() }
        if wanted("ui") { figures += await UIBench.run() }
        if wanted("experiments") { figures += await ExperimentBench.run() }
        if wanted("llm") {
            figures += await LLMBench.run(localModelURL: localModelURL ?? ProcessInfo.processInfo.environment["POKERFACE_LOCAL_LLM_URL"])
        }
        if json {
            print(try JSONOutput.encode(figures, pretty: true))
        } else {
            let width = max(52, figures.map(\.name.count).max() ?? 0)
            for f in figures {
                let value = f.value >= 100 ? String(Int(f.value.rounded())) : String(format: "%.2f", f.value)
                print("\(f.name.padding(toLength: width, withPad: " ", startingAt: 0)) \(value) \(f.unit)"
                      + (f.goal.map { "   (goal \($0))" } ?? ""))
            }
        }
    }
}
