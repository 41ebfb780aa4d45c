import Foundation
import PokerTestSupport
import Testing

/// A provider that refuses the API key (HTTP 401) stops a headless game with one clear error and a
/// non-zero exit, instead of the offline bots playing on silently; the game stays resumable.
@Suite struct KeyRefusalCommandTests {
    @Test func aRefusedKeyStopsHeadlessPlayWithTheFix() async throws {
        let home = try TestPaths.temporaryDirectory("key-refused")
        defer { try? FileManager.default.removeItem(at: home) }
        let server = try await FakeLLMServer.shared()
        let scenario = "refused-key-\(UUID().uuidString.prefix(8))"
        let url = try await server.script(scenario, [["status": 401]])
        let database = home.appendingPathComponent("games.sqlite").path
        let pokerface = CleanRun(home: home, extra: ["OPENAI_API_KEY": "sk-refused-key-0123456789", "OPENAI_BASE_URL": url])
        let play = try pokerface(["play", "--headless", "--seats", "3", "--hands", "20", "--seed", "5", "--provider", "openai",
                                  "--model", "gpt-test", "--db", database])
        #expect(play.status != 0, "a refused key is an error, not a quiet offline game:\n\(play.text)")
        let errors = play.text.split(separator: "\n").filter { $0.hasPrefix("pokerface:") }
        #expect(errors.count == 1, "one error line:\n\(play.text)")
        let last = errors.first.map(String.init) ?? ""
        #expect(last.hasPrefix("pokerface: OpenAI refused the API key with HTTP 401 (check OPENAI_API_KEY or the config file)."),
                "\(play.text)")
        #expect(last.contains("Stopped at hand 1; the game is saved.") && last.contains("pokerface resume 1 --headless"), "\(last)")
        #expect(!play.text.contains("sk-refused-key-0123456789"))
        #expect(try await server.requestCount(scenario) == 1, "the game stopped at the first refusal")
        let games = try pokerface(["games", "--db", database])
        #expect(games.status == 0 && games.text.contains("running"), "the game can be resumed:\n\(games.text)")
    }
}
