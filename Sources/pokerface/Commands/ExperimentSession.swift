import Foundation
import PokerAI
import PokerExperiments
import PokerStore

/// Runs an experiment in the foreground: progress line, Ctrl-C handling, summary.
enum ExperimentSession {
    static func run(_ runner: ExperimentRunner, experiment id: ExperimentID) async throws {
        let interrupt = ExperimentInterrupt.install { runner.requestStop() }
        defer { interrupt.cancel() }
        let printer = ExperimentProgressLine.start(runner.progress)
        let summary: ExperimentRunner.Summary
        do {
            summary = try await runner.run(id)
        } catch {
            await printer.finish()
            throw error.cli
        }
        await printer.finish()
        report(summary, resume: "pokerface experiment resume \(id.rawValue)", report: "pokerface experiment report \(id.rawValue)")
    }

    static func work(postgres: PostgresStore, experiment id: Int64, store: ExperimentStoreOptions, library: PersonalityLibrary,
                     options: ExperimentRunOptions) async throws {
        let temporary = store.sqlite.path == nil
        let path = store.sqlite.path ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("pokerface-worker-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8)).sqlite").path
        let local: GameStore
        do { local = try GameStore(path: path) } catch { throw CLIError(error.description) }
        let worker = PostgresWorker(postgres: postgres, local: local, library: library, concurrency: options.concurrency,
                                    costCap: options.costCap)
        ExperimentOutput.line("Experiment \(id) on \(postgres.displayURL) · worker \(worker.workerID) · working copy \(path)")
        let interrupt = ExperimentInterrupt.install { worker.requestStop() }
        defer { interrupt.cancel() }
        let printer = ExperimentProgressLine.start(worker.progress)
        let summary: ExperimentRunner.Summary
        do {
            summary = try await worker.run(id)
        } catch {
            await printer.finish()
            throw error.cli
        }
        await printer.finish()
        if temporary {
            try? await local.close()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let url = store.postgresURL.map { " --store '\(PostgresError.masked($0))'" } ?? ""
        report(summary, resume: "pokerface experiment resume \(id)\(url)", report: "pokerface experiment report \(id)\(url)")
    }

    static func report(_ summary: ExperimentRunner.Summary, resume: String, report: String) {
        let rate = summary.seconds > 0 ? Double(summary.decisionsThisRun) / summary.seconds : 0
        ExperimentOutput.line(String(format: "%@: %d/%d games complete · %d hands and %d decisions in %.1f s (%.1f decisions/s) · $%.4f spent",
                     summary.outcome == .completed ? "Completed" : "Stopped", summary.gamesComplete, summary.gamesTotal,
                     summary.handsThisRun, summary.decisionsThisRun, summary.seconds, rate, summary.costUSD))
        switch summary.outcome {
        case .completed: ExperimentOutput.line("Report: \(report)")
        case .interrupted: ExperimentOutput.line("Paused. Continue with: \(resume)")
        case .costCap: ExperimentOutput.line("Cost cap reached. Continue with a higher cap: \(resume) --cost-cap USD")
        }
    }
}

/// Lines on stdout written at once (`print` is fully buffered when stdout is a file or a pipe, and a
/// worker's id or an experiment's number must be readable while it runs).
enum ExperimentOutput {
    static func line(_ text: String) {
        TerminalOutput.standardOutput(text + "\n")
    }
}
