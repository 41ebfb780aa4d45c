import ArgumentParser
import Foundation
import PokerAI
import PokerExperiments
import PokerStore

/// `pokerface experiment` — AI-only tournaments at scale with duplicate deals (docs/experiments.md).
struct ExperimentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "experiment",
        abstract: "Run AI-only experiments: duplicate-dealt tournaments, many at once, with a statistical report.",
        subcommands: [ExperimentRunCommand.self, ExperimentResumeCommand.self, ExperimentReportCommand.self,
                      ExperimentListCommand.self]
    )
}

/// `--db PATH` and `--store postgres://…`, shared by the experiment commands.
struct ExperimentStoreOptions: ParsableArguments {
    @OptionGroup var sqlite: StoreOptions
    @Option(name: .customLong("store"),
            help: ArgumentHelp("A shared PostgreSQL store (postgres://user:password@host:port/database); SQLite (--db) is the default.",
                               valueName: "url"))
    var postgresURL: String?

    /// The PostgreSQL store, when `--store` is given.
    func postgres() async throws -> PostgresStore? {
        guard let postgresURL else { return nil }
        guard postgresURL.hasPrefix("postgres://") || postgresURL.hasPrefix("postgresql://") else {
            throw CLIError("--store must be a postgres:// URL (SQLite is chosen with --db)")
        }
        do { return try await PostgresStore.open(postgresURL) } catch { throw CLIError(error.description) }
    }

    /// The personalities, with problems reported on stderr.
    static func library() -> PersonalityLibrary {
        let library = PersonalityLibrary.loadStandard()
        for issue in library.issues { Console.error("skipped personality: \(issue)") }
        return library
    }
}

/// Options of the commands that play.
struct ExperimentRunOptions: ParsableArguments {
    @Option(help: "Games at once (default: the file's `concurrency`).") var concurrency: Int?
    @Option(name: .customLong("cost-cap"), help: ArgumentHelp("Stop starting hands after this many USD (default: the file's).",
                                                              valueName: "usd"))
    var costCap: Double?

    func validate() throws {
        if let concurrency, !(1...1024).contains(concurrency) { throw ValidationError("--concurrency must be 1 to 1024") }
        if let costCap, costCap <= 0 { throw ValidationError("--cost-cap must be positive") }
    }
}

extension ExperimentError {
    /// The error as the command line shows it.
    var cli: CLIError { CLIError(description) }
}
