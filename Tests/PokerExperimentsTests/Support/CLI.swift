import Foundation
import Glibc
import LLMClient
import PokerTestSupport

/// The built `pokerface` executable, run as a real process (posix_spawn, clean signal mask).
enum CLI {
    static var executable: String { TestPaths.product("pokerface") }

    /// Runs `pokerface arguments…` to the end (on a thread of its own); returns its exit status and output.
    static func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> Shell.Output {
        let command = ([executable] + arguments).map(Shell.quote).joined(separator: " ")
        return try await offPool { try Shell.run(command, environment: environment) }
    }

    /// Starts `pokerface arguments…` in the background, output to `log`.
    static func start(_ arguments: [String], log: String, environment: [String: String] = [:]) throws -> pid_t {
        try Shell.spawn([executable] + arguments, outputPath: log, environment: environment)
    }

    /// Waits for a background process; returns its exit status (128 + signal when killed).
    static func wait(_ pid: pid_t, timeout: Duration = .seconds(180)) async throws -> Int32 {
        var status: Int32 = 0
        do {
            try await Poll.until("process \(pid) to exit", timeout: timeout, interval: .milliseconds(50)) {
                waitpid(pid, &status, WNOHANG) == pid
            }
        } catch {
            kill(pid, SIGKILL)
            _ = waitpid(pid, &status, 0)
            throw error
        }
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// `pokerface experiment report ID --json …` parsed.
    static func report(_ id: Int64, store: [String]) async throws -> JSONValue {
        let output = try await run(["experiment", "report", String(id), "--json"] + store)
        guard output.status == 0, let start = output.text.firstIndex(of: "{") else { throw CLIError.failed(output.text) }
        return try JSONValue.parse(Data(output.text[start...].utf8))
    }

    /// A number from `sqlite3` on a database another process is writing (read-only, WAL: never blocks it).
    static func sqliteCount(_ path: String, _ sql: String) async -> Int {
        let output = try? await sqlite(path, sql)
        return output.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
    }

    /// `sqlite3 -readonly PATH SQL`'s output.
    static func sqlite(_ path: String, _ sql: String) async throws -> String {
        try await offPool { try Shell.run("sqlite3 -readonly \(Shell.quote(path)) \(Shell.quote(sql))").text }
    }

    enum CLIError: Error { case failed(String) }
}

/// The parts of a report that must not depend on how the run was interrupted: results, verdicts,
/// LLM validity (latency and the cost of calls lost in a crash legitimately differ).
func deterministicPart(_ report: JSONValue) -> JSONValue {
    var variants: [JSONValue] = []
    for variant in report["variants"]?.arrayValue ?? [] {
        var llm: JSONValue = .null
        if let l = variant["llm"], l != .null {
            llm = ["decisions": l["decisions"] ?? .null, "validJSONRate": l["validJSONRate"] ?? .null,
                   "correctedRate": l["correctedRate"] ?? .null, "fallbackRate": l["fallbackRate"] ?? .null]
        }
        variants.append(["label": variant["label"] ?? .null, "gamesComplete": variant["gamesComplete"] ?? .null,
                         "hands": variant["hands"] ?? .null, "entrants": variant["entrants"] ?? .null,
                         "verdicts": variant["verdicts"] ?? .null, "cumulativeBB": variant["cumulativeBB"] ?? .null, "llm": llm])
    }
    return ["design": report["design"] ?? .null, "games": report["progress"]?["gamesComplete"] ?? .null,
            "hands": report["progress"]?["hands"] ?? .null, "variants": .array(variants)]
}
