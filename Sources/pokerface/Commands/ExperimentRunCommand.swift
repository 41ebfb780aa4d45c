import ArgumentParser
import Foundation
import PokerExperiments
import PokerStore

/// `pokerface experiment run FILE` — start an experiment (or join it as a PostgreSQL worker).
struct ExperimentRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the experiment described by a TOML (or JSON) file.",
        discussion: """
            Every action is saved as it happens. Ctrl-C stops after the hands in progress (press it again to quit at \
            once); `pokerface experiment resume ID` continues. With --store postgres://…, every worker running the same \
            file shares the tournaments of one experiment.
            """
    )

    @Argument(help: "The experiment file (see experiments/sample.toml).") var file: String
    @OptionGroup var store: ExperimentStoreOptions
    @OptionGroup var options: ExperimentRunOptions

    func run() async throws {
        let spec: ExperimentSpec
        do { spec = try ExperimentSpec.load(path: file) } catch { throw CLIError(error.description) }
        let library = ExperimentStoreOptions.library()
        if let postgres = try await store.postgres() {
            let id: Int64
            do { id = try await postgres.joinOrCreate(spec) } catch { throw error.cli }
            try await ExperimentSession.work(postgres: postgres, experiment: id, store: store, library: library, options: options)
            return
        }
        let runner = ExperimentRunner(store: try store.sqlite.open(), library: library, concurrency: options.concurrency,
                                      costCap: options.costCap)
        let id: ExperimentID
        do { id = try await runner.create(spec, file: file) } catch { throw error.cli }
        ExperimentOutput.line("Experiment \(id.rawValue): \(spec.name) · \(spec.totalGames) games · \(store.sqlite.resolvedPath)")
        try await ExperimentSession.run(runner, experiment: id)
    }
}

/// `pokerface experiment resume ID` — continue a paused or interrupted experiment.
struct ExperimentResumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue an experiment: unfinished games from their last saved action, then the games not started."
    )

    @Argument(help: "The experiment id (see `pokerface experiment list`).") var id: Int64
    @OptionGroup var store: ExperimentStoreOptions
    @OptionGroup var options: ExperimentRunOptions

    func run() async throws {
        let library = ExperimentStoreOptions.library()
        if let postgres = try await store.postgres() {
            try await ExperimentSession.work(postgres: postgres, experiment: id, store: store, library: library, options: options)
            return
        }
        let runner = ExperimentRunner(store: try store.sqlite.open(), library: library, concurrency: options.concurrency,
                                      costCap: options.costCap)
        let record: ExperimentRecord
        do { record = try await runner.load(ExperimentID(id)).0 } catch { throw error.cli }
        guard record.status != .completed else {
            throw CLIError("experiment \(id) is complete; see `pokerface experiment report \(id)`")
        }
        ExperimentOutput.line("Resuming experiment \(id): \(record.name) · \(store.sqlite.resolvedPath)")
        try await ExperimentSession.run(runner, experiment: ExperimentID(id))
    }
}
