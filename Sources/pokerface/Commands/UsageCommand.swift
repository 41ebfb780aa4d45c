import ArgumentParser
import PokerGame
import PokerStore

/// `pokerface usage`: what the LLM calls cost.
struct UsageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "usage",
        abstract: "LLM calls, tokens, cost, latency p50/p95 and error rate, by model, personality, day or call type.",
        discussion: "Every attempt counts as a call (a retried call is several). Costs use the price of the day of each call.")

    @Option(help: "Group by model, personality, day, call-type or game.") var by: UsageGrouping = .model
    @Option(help: "Calls since: 2026-11-29, an ISO-8601 time, 36h or 7d.") var since: String?
    @Option(help: "Only the calls of this game.") var game: Int64?
    @Flag(help: "JSON output.") var json = false
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let query = UsageQuery(grouping: by.grouping, since: try since.map { try LabArguments.date($0) },
                               game: game.map { GameID($0) })
        let gameStore = try store.openForReading()
        let report: UsageReport
        do { report = try await gameStore.usageReport(query) } catch { throw error.cli }
        print(json ? try JSONOutput.encode(report) : report.text, terminator: json ? "\n" : "")
    }
}

enum UsageGrouping: String, ExpressibleByArgument, CaseIterable {
    case model, personality, day, callType = "call-type", game
    var grouping: UsageQuery.Grouping { UsageQuery.Grouping(rawValue: rawValue) ?? .model }
}
