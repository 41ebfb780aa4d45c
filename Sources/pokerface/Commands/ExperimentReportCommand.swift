import ArgumentParser
import Foundation
import PokerExperiments
import PokerStore

/// `pokerface experiment report ID` — bb/100 with confidence intervals, verdicts, LLM figures.
struct ExperimentReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Show an experiment's results: bb/100 per variant with 95% intervals, verdicts, JSON validity, latency, cost."
    )

    @Argument(help: "The experiment id.") var id: Int64
    @Flag(help: "Print the report as JSON (for scripts).") var json = false
    @OptionGroup var store: ExperimentStoreOptions

    func run() async throws {
        let input: ReportInput
        do {
            if let postgres = try await store.postgres() {
                input = try await ReportInput.load(id, from: postgres)
            } else {
                input = try await ReportInput.load(ExperimentID(id), from: try store.sqlite.open())
            }
        } catch let error as ExperimentError {
            throw error.cli
        }
        let report = ReportBuilder.build(input)
        if json {
            print(try JSONOutput.encode(report, pretty: true))
        } else {
            print(ReportRenderer.render(report))
        }
    }
}

/// `pokerface experiment list` — the experiments of a store.
struct ExperimentListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List experiments, newest first.")

    @OptionGroup var store: ExperimentStoreOptions

    func run() async throws {
        if let postgres = try await store.postgres() {
            let rows: [PostgresStore.ExperimentRow]
            do { rows = try await postgres.experiments() } catch { throw CLIError(error.description) }
            if rows.isEmpty { return print("No experiments yet in \(postgres.displayURL).") }
            print("ID     STATUS      TOURNAMENTS        HANDS     COST  NAME")
            for r in rows {
                print(String(format: "%-6lld %-10@ %5d/%-5d %3d run %7d  %7.4f  %@", r.id, r.status as NSString, r.finished, r.tournaments,
                             r.running, r.hands, r.costUSD, r.name as NSString))
            }
            return
        }
        let gameStore = try store.sqlite.open()
        do {
            let experiments = try await gameStore.experiments()
            if experiments.isEmpty { return print("No experiments yet in \(store.sqlite.resolvedPath).") }
            print("ID     STATUS      GAMES          HANDS     COST  NAME")
            for e in experiments {
                let input = try await ReportInput.load(e.id, from: gameStore)
                let complete = input.games.filter(\.complete).count
                let hands = input.games.reduce(0) { $0 + $1.hands }
                let cost = input.calls.reduce(0) { $0 + $1.costUSD }
                print(String(format: "%-6lld %-10@ %5d/%-7d %7d  %7.4f  %@", e.id.rawValue, e.status.rawValue as NSString, complete,
                             input.spec.totalGames, hands, cost, e.name as NSString))
            }
        } catch let error as ExperimentError {
            throw error.cli
        } catch let error as StoreError {
            throw CLIError(error.description)
        }
    }
}
