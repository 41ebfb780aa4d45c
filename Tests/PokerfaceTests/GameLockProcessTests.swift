import Foundation
import PokerStore
import PokerTestSupport
import Testing

/// Two real processes on one game: the second is refused before it writes anything, plain
/// `resume` skips the game in use, and once the first is killed the lock passes on and the game
/// replays exactly.
@Suite struct GameLockProcessTests {
    @Test func aSecondProcessIsRefusedUpFrontAndLeavesNoOrphans() async throws {
        let home = try TestPaths.temporaryDirectory("game-lock")
        defer { try? FileManager.default.removeItem(at: home) }
        let server = try await FakeLLMServer.shared()
        let scenario = "lock-hang-\(UUID().uuidString.prefix(8))"
        // The first process's first LLM decision hangs (10 minutes): it holds the game meanwhile.
        // Every later request gets an ordinary decision answer.
        let url = try await server.script(scenario, [["delay_ms": 600_000], [:]])
        let database = home.appendingPathComponent("games.sqlite").path
        let pokerface = CleanRun(home: home, extra: ["OPENAI_API_KEY": "sk-lock-test-0123456789", "OPENAI_BASE_URL": url])
        let log = home.appendingPathComponent("first.log").path
        let first = try Shell.spawn([TestPaths.product("pokerface"), "play", "--headless", "--seats", "3", "--hands", "3",
                                     "--seed", "9", "--provider", "openai", "--model", "gpt-test",
                                     "--decision-timeout", "3600", "--db", database],
                                    outputPath: log, environment: pokerface.environment)
        var firstKilled = false
        defer { if !firstKilled { Shell.terminate(first) } }
        try await server.waitForRequests(scenario, count: 1, timeout: .seconds(120))

        let named = try pokerface(["resume", "1", "--headless", "--hands", "1", "--db", database])
        #expect(named.status != 0)
        #expect(named.text.contains("game 1 in \(database) is being played by another pokerface (process \(first))"),
                "\(named.text)")
        let plain = try pokerface(["resume", "--headless", "--hands", "1", "--db", database])
        #expect(plain.status != 0)
        #expect(plain.text.contains("skipping game 1, which another pokerface is playing (process \(first))"), "\(plain.text)")
        #expect(plain.text.contains("no unfinished game in"), "\(plain.text)")

        #expect(try await server.requestCount(scenario) == 1, "the refused processes asked no LLM")
        let store = try GameStore(path: database)
        #expect(try await store.captures(game: GameID(1)).isEmpty, "the refused processes wrote no capture")
        #expect(try await store.usage(game: GameID(1)).isEmpty, "nor any usage row")
        try await store.close()

        kill(first, SIGKILL)
        var status: Int32 = 0
        waitpid(first, &status, 0)
        firstKilled = true
        let after = try pokerface(["resume", "--headless", "--hands", "2", "--db", database])
        #expect(after.status == 0, "the dead holder's lock is taken over:\n\(after.text)")
        #expect(try await server.requestCount(scenario) > 1, "the resumed game asked the LLM again")
        let replay = try pokerface(["debug", "replay-game", "1", "--db", database])
        #expect(replay.status == 0, "every decision replays from its capture:\n\(replay.text)")
    }
}
