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
        let environment = [
            "PATH": "/usr/bin:/bin", "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "OPENAI_API_KEY": "sk-refused-key-0123456789", "OPENAI_BASE_URL": url,
        ]
        func pokerface(_ arguments: [String]) throws -> Shell.Output {
            let assignments = environment.sorted { $0.key < $1.key }.map { Shell.quote("\($0.key)=\($0.value)") }
            return try Shell.run("env -i " + assignments.joined(separator: " ") + " "
                                 + ([TestPaths.product("pokerface")] + arguments).map(Shell.quote).joined(separator: " ")
                                 + " < /dev/null 2>&1")
        }
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
