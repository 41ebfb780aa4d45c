import Foundation
import Glibc
import LLMClient
import PokerExperiments
import PokerTestSupport
import Testing

/// Two `pokerface experiment run --store postgres://…` workers share one experiment; one is
/// SIGKILLed while it holds tournaments; the other takes them over from their last mirrored hand
/// and finishes everything. Nothing is played twice or lost: the results equal a single SQLite run.
extension EndToEnd {
@Suite(.enabled(if: PostgresServer.binaries != nil, "PostgreSQL server binaries (/usr/lib/postgresql/*/bin) are not installed"))
struct PostgresWorkerTests {
    static func experiment(baseURL: String) -> String {
        """
        name = "shared"
        tournaments = 2
        hands_per_tournament = 6
        seed = 5
        concurrency = 2
        analyze = true
        mode = "casual"
        [queue]
        heartbeat_seconds = 0.3
        stale_after_seconds = 1.5
        [table]
        starting_stack = 3000
        big_blind = 20
        hands_per_level = 5
        [[seats]]
        personality = "Grandma Rosie"
        provider = "openai"
        model = "gpt-5.4-mini"
        base_url = "\(baseURL)"
        [[seats]]
        personality = "Doc Holliday"
        [[variants]]
        label = "nano"
        seats = [{ seat = 0, model = "gpt-5.4-nano" }]
        """
    }

    static func count(_ connection: PostgresConnection, _ sql: String, _ parameters: [String?] = []) async throws -> Int {
        Int(try await connection.execute(sql, parameters).rows.first?.first??.description ?? "0") ?? 0
    }

    @Test(.timeLimit(.minutes(5))) func aKilledWorkersTournamentsAreFinishedByTheOther() async throws {
        let clock = ContinuousClock.now
        func lap(_ what: String) { print("postgres test: \(what) after \(ContinuousClock.now - clock)") }
        let server = try await offPool { try PostgresServer.start() }
        lap("server started")
        defer { server.stop() }
        let fake = try await FakeLLMServer.shared()
        let baseURL = try await fake.script("pg", [["delay_ms": 60]])
        let dir = try TestPaths.temporaryDirectory("pokerface-pgw")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("shared.toml").path
        try Self.experiment(baseURL: baseURL).write(toFile: file, atomically: true, encoding: .utf8)
        let env = ["OPENAI_API_KEY": "sk-test-not-a-key", "XDG_CONFIG_HOME": dir.path]
        let store = ["--store", server.url]

        // The reference: the same file in SQLite, uninterrupted.
        let reference = dir.appendingPathComponent("reference.sqlite").path
        let straight = try await CLI.run(["experiment", "run", file, "--db", reference, "--concurrency", "8"], environment: env)
        #expect(straight.status == 0, "\(straight.text)")
        lap("reference run")

        let logA = dir.appendingPathComponent("a.log").path
        let a = try CLI.start(["experiment", "run", file, "--db", dir.appendingPathComponent("a.sqlite").path] + store, log: logA,
                              environment: env)
        let connection = try await PostgresConnection.connect(server.url)
        var workerA = ""
        try await Poll.until("worker A to start (log: \((try? String(contentsOfFile: logA, encoding: .utf8)) ?? ""))",
                             timeout: .seconds(120), interval: .milliseconds(50)) {
            let log = (try? String(contentsOfFile: logA, encoding: .utf8)) ?? ""
            if let range = log.range(of: "worker ") { workerA = String(log[range.upperBound...].prefix { !$0.isWhitespace }) }
            return !workerA.isEmpty
        }
        let logB = dir.appendingPathComponent("b.log").path
        let b = try CLI.start(["experiment", "run", file, "--db", dir.appendingPathComponent("b.sqlite").path] + store, log: logB,
                              environment: env)
        // Kill A while it holds a tournament it has already mirrored hands of.
        try await Poll.until("worker A to hold a tournament with a mirrored hand", timeout: .seconds(120),
                             interval: .milliseconds(25)) {
            try await Self.count(connection, """
                SELECT count(*) FROM pf_tournament WHERE worker = $1 AND status = 'running' AND hands_played >= 1
                """, [workerA]) >= 1
        }
        kill(a, SIGKILL)
        lap("worker A killed")
        #expect(try await CLI.wait(a) == 128 + SIGKILL)
        #expect(try await CLI.wait(b) == 0, "\((try? String(contentsOfFile: logB, encoding: .utf8)) ?? "")")

        lap("worker B done")
        #expect(try await Self.count(connection, "SELECT count(*) FROM pf_tournament WHERE status <> 'finished'") == 0)
        #expect(try await Self.count(connection, "SELECT count(*) FROM pf_tournament") == 8)
        // Every tournament's hands are 1…hands_played, each once.
        #expect(try await Self.count(connection, """
            SELECT count(*) FROM pf_tournament t
            WHERE t.hands_played <> (SELECT count(*) FROM pf_hand h WHERE h.tournament_id = t.id)
               OR t.hands_played <> (SELECT coalesce(max(number), 0) FROM pf_hand h WHERE h.tournament_id = t.id)
               OR t.hands_played = 0
            """) == 0)
        // A's tournaments were taken over and continued (hands by both workers), not replayed.
        #expect(try await Self.count(connection, "SELECT count(*) FROM pf_tournament WHERE attempt > 1") >= 1)
        #expect(try await Self.count(connection, """
            SELECT count(*) FROM pf_tournament t WHERE (SELECT count(DISTINCT worker) FROM pf_hand h WHERE h.tournament_id = t.id) > 1
            """) >= 1)
        await connection.close()

        let expected = try await CLI.report(1, store: ["--db", reference])
        let shared = try await CLI.report(1, store: store)
        #expect(shared["experiment"]?["status"] == "completed")
        #expect(deterministicPart(shared) == deterministicPart(expected))
    }
}
}
