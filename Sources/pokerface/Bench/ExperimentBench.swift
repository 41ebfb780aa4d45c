import Foundation
import LLMClient
import PokerAI
import PokerExperiments
import PokerStore

/// Experiment figures for `make bench`: decisions per second with 1, 16 and 64 heads-up LLM games
/// at once against the fake provider (0 ms and 300 ms per answer), hands per second with offline
/// bots only, and the SQLite write transactions per second each of those loads produced (every
/// write goes through the store's single writer). Each run uses a fresh database in a temporary
/// directory; analysis is off (it is CPU work measured by the AI bench).
struct ExperimentBench {
    static func run(fakeServerScript: String = "scripts/fake_llm_server.py") async -> [BenchFigure] {
        var figures: [BenchFigure] = []
        let library = PersonalityLibrary.loadStandard()
        if let server = await FakeProviderProcess.start(script: fakeServerScript) {
            for delay in [0, 300] {
                let url = await server.scenario("experiment-bench-\(delay)", delayMs: delay)
                for games in [1, 16, 64] {
                    guard let result = await measure(toml: llmTOML(games: games, hands: delay == 0 ? 6 : 3, url: url),
                                                     library: library)
                    else { continue }
                    let label = "games\(games).delay\(delay)ms"
                    let ideal = delay == 0 ? nil : Double(games) / (Double(delay) / 1000)
                    figures.append(BenchFigure(name: "experiment.llm.decisions_per_s.\(label)", value: result.decisionsPerSecond,
                                               unit: "decisions/s",
                                               goal: ideal.map { String(format: "≥ %.0f (80%% of %d games / %.1f s)", 0.8 * $0, games,
                                                                        Double(delay) / 1000) }))
                    figures.append(BenchFigure(name: "experiment.llm.writes_per_s.\(label)", value: result.writesPerSecond,
                                               unit: "SQLite transactions/s", goal: nil))
                }
            }
            server.stop()
        }
        if let result = await measure(toml: offlineTOML(games: 64, hands: 30), library: library) {
            figures.append(BenchFigure(name: "experiment.offline.hands_per_s.games64", value: result.handsPerSecond, unit: "hands/s",
                                       goal: nil))
            figures.append(BenchFigure(name: "experiment.offline.decisions_per_s.games64", value: result.decisionsPerSecond,
                                       unit: "decisions/s", goal: nil))
            figures.append(BenchFigure(name: "experiment.offline.writes_per_s.games64", value: result.writesPerSecond,
                                       unit: "SQLite transactions/s", goal: nil))
        }
        return figures
    }

    struct Result {
        var decisionsPerSecond: Double
        var handsPerSecond: Double
        var writesPerSecond: Double
    }

    /// Runs one experiment into a fresh database; nil when it cannot run.
    static func measure(toml: String, library: PersonalityLibrary) async -> Result? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pokerface-expbench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let store = try GameStore(path: directory.appendingPathComponent("bench.sqlite").path)
            let spec = try ExperimentSpec.parse(ExperimentFileReader.parse(toml, file: "bench.toml"), file: "bench.toml")
            let setup = LLMSetup(resolve: { provider, model, baseURL in
                LLMConfig(provider: provider, model: model, baseURL: baseURL, apiKey: APIKey("sk-bench-not-a-real-key"))
            })
            let runner = ExperimentRunner(store: store, library: library, llm: setup)
            let id = try await runner.create(spec, file: "bench.toml")
            let summary = try await runner.run(id)
            let scope = ExperimentDataScope.experiment(id)
            let hands = try await store.experimentHands(scope).count
            let captures = try await store.experimentCaptures(scope).count
            let calls = try await store.experimentUsage(scope).count
            // One transaction per hand start, per decision, per capture, per usage row, and one to close each game.
            let writes = hands + summary.decisionsThisRun + captures + calls + summary.gamesComplete
            return Result(decisionsPerSecond: Double(summary.decisionsThisRun) / summary.seconds,
                          handsPerSecond: Double(summary.handsThisRun) / summary.seconds,
                          writesPerSecond: Double(writes) / summary.seconds)
        } catch {
            TerminalOutput.standardError("experiment bench: \(error)\n")
            return nil
        }
    }

    /// `games` heads-up games, both seats on the fake provider (one deal set per game, no rotation).
    static func llmTOML(games: Int, hands: Int, url: String) -> String {
        let seat = "provider = \"openai\"\nmodel = \"gpt-5.4-mini\"\nbase_url = \"\(url)\""
        return """
            name = "bench"
            tournaments = \(games)
            hands_per_tournament = \(hands)
            rotate_seats = false
            concurrency = \(games)
            analyze = false
            mode = "casual"
            [table]
            starting_stack = 5000
            big_blind = 20
            [[seats]]
            personality = "Sherlock Holmes"
            \(seat)
            [[seats]]
            personality = "Blackbeard"
            \(seat)
            """
    }

    /// `games` three-handed games of offline bots.
    static func offlineTOML(games: Int, hands: Int) -> String {
        """
        name = "bench-offline"
        tournaments = \(games)
        hands_per_tournament = \(hands)
        rotate_seats = false
        concurrency = \(games)
        analyze = false
        mode = "casual"
        [table]
        starting_stack = 3000
        big_blind = 20
        [[seats]]
        personality = "Sherlock Holmes"
        [[seats]]
        personality = "Blackbeard"
        [[seats]]
        personality = "Grandma Rosie"
        """
    }
}
