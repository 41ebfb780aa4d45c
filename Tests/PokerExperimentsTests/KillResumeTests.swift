import Foundation
import Glibc
import LLMClient
import PokerTestSupport
import Testing

/// A real `pokerface experiment run` killed with SIGKILL half-way, then resumed, reports exactly
/// what an uninterrupted run reports.
extension EndToEnd {
@Suite struct KillResumeTests {
    static func experiment(baseURL: String) -> String {
        """
        name = "kill-resume"
        tournaments = 2
        hands_per_tournament = 8
        seed = 21
        concurrency = 4
        analyze = true
        mode = "casual"
        [table]
        starting_stack = 400
        big_blind = 20
        hands_per_level = 4
        [[seats]]
        personality = "Sherlock Holmes"
        provider = "openai"
        model = "gpt-5.4-mini"
        base_url = "\(baseURL)"
        [[seats]]
        personality = "Blackbeard"
        [[variants]]
        label = "nano"
        seats = [{ seat = 0, model = "gpt-5.4-nano" }]
        """
    }

    @Test(.timeLimit(.minutes(5))) func aKilledRunResumesToTheSameReport() async throws {
        let server = try await FakeLLMServer.shared()
        let url = try await server.script("kill", [["delay_ms": 20]])
        let dir = try TestPaths.temporaryDirectory("pokerface-kill")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("kill.toml").path
        try Self.experiment(baseURL: url).write(toFile: file, atomically: true, encoding: .utf8)
        let env = ["OPENAI_API_KEY": "sk-test-not-a-key", "XDG_CONFIG_HOME": dir.path]

        let straight = dir.appendingPathComponent("straight.sqlite").path
        let whole = try await CLI.run(["experiment", "run", file, "--db", straight], environment: env)
        #expect(whole.status == 0, "\(whole.text)")

        let killed = dir.appendingPathComponent("killed.sqlite").path
        let log = dir.appendingPathComponent("killed.log").path
        let pid = try CLI.start(["experiment", "run", file, "--db", killed], log: log, environment: env)
        let total = await CLI.sqliteCount(straight, "SELECT count(*) FROM hand WHERE status = 'complete'")
        try await Poll.until("a third of the \(total) hands in the killed run", timeout: .seconds(180), interval: .milliseconds(25)) {
            await CLI.sqliteCount(killed, "SELECT count(*) FROM hand WHERE status = 'complete'") >= total / 3
        }
        kill(pid, SIGKILL)
        #expect(try await CLI.wait(pid) == 128 + SIGKILL)
        let atKill = await CLI.sqliteCount(killed, "SELECT count(*) FROM hand WHERE status = 'complete'")
        #expect(atKill > 0 && atKill < total, "killed at \(atKill) of \(total) hands: not mid-way")

        let resumed = try await CLI.run(["experiment", "resume", "1", "--db", killed], environment: env)
        #expect(resumed.status == 0, "\(resumed.text)")
        #expect(resumed.text.contains("Completed"))

        let expected = try await CLI.report(1, store: ["--db", straight])
        let actual = try await CLI.report(1, store: ["--db", killed])
        #expect(expected["experiment"]?["status"] == "completed")
        #expect(actual["experiment"]?["status"] == "completed")
        #expect(deterministicPart(actual) == deterministicPart(expected))
        // No hand was played twice or lost: the same hands, hand by hand.
        let hands = "SELECT g.tournament_index || ':' || g.variant || ':' || h.number || ':' || h.finishing_stacks_json FROM hand h JOIN experiment_game g ON g.game_id = h.game_id WHERE h.status = 'complete' ORDER BY g.tournament_index, g.variant, h.number"
        let a = try await CLI.sqlite(straight, hands)
        let b = try await CLI.sqlite(killed, hands)
        #expect(!a.isEmpty && a == b)
    }
}
}
