import Foundation
import GRDB
import PokerStore
import PokerTestSupport
import Testing

/// `pokerface doctor` as a user runs it: the built binary, a temporary HOME, nothing else in the
/// environment (so a developer's own keys or locale cannot leak in).
@Suite(.serialized) struct DoctorTests {
    let binary = TestPaths.product("pokerface")

    struct Run {
        let status: Int32
        let text: String
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:] }
    }

    /// Runs `pokerface ARGS` with exactly `environment` (plus PATH) in `home`.
    func doctor(_ arguments: [String], home: URL, environment: [String: String] = [:]) throws -> Run {
        let assignments = (["PATH": "/usr/bin:/bin", "HOME": home.path].merging(environment) { $1 })
            .sorted { $0.key < $1.key }.map { Shell.quote("\($0.key)=\($0.value)") }
        let command = "cd \(Shell.quote(home.path)) && env -i " + assignments.joined(separator: " ") + " "
            + ([binary, "doctor"] + arguments).map(Shell.quote).joined(separator: " ") + " 2>&1"
        let output = try Shell.run(command)
        return Run(status: output.status, text: output.text)
    }

    /// Every file under `folder` with its bytes (to prove nothing was written).
    func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path) ?? FileManager.DirectoryEnumerator() {
            files[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
        }
        return files
    }

    static let goodTerminal = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]

    @Test func aNewUserGetsAClearReportAndNothingIsCreated() throws {
        let home = try TestPaths.temporaryDirectory("doctor")
        defer { try? FileManager.default.removeItem(at: home) }
        let run = try doctor([], home: home, environment: Self.goodTerminal)
        #expect(run.status == 0, "\(run.text)")
        #expect(run.text.contains("27 bundled, 0 yours"))
        #expect(run.text.contains("not created yet"))
        #expect(run.text.contains("TERM=xterm-256color (terminfo ok, 256 colours)"))
        #expect(run.text.contains("none: AI seats play offline"))
        #expect(run.text.contains("No problems found"))
        #expect(snapshot(home).isEmpty, "doctor wrote \(snapshot(home).keys.sorted())")
    }

    @Test func theJSONFormMasksKeysAndNamesWhereTheDataWasFound() throws {
        let home = try TestPaths.temporaryDirectory("doctor")
        defer { try? FileManager.default.removeItem(at: home) }
        let secret = "sk-doctor-test-0123456789-WXYZ"
        let run = try doctor(["--json"], home: home, environment: Self.goodTerminal.merging(["OPENAI_API_KEY": secret]) { $1 })
        #expect(run.status == 0, "\(run.text)")
        #expect(!run.text.contains(secret) && !run.text.contains("0123456789"), "the key leaked")
        let report = run.json
        #expect(report["ok"] as? Bool == true)
        #expect((report["characters"] as? [String: Any])?["bundled"] as? Int == 27)
        #expect(report["dataSource"] as? String == "checkout")
        #expect(report["dataDirectory"] as? String == TestPaths.packageRoot.standardizedFileURL.path)
        let openai = (report["providers"] as? [[String: Any]])?.first { $0["provider"] as? String == "openai" }
        #expect(openai?["key"] as? String == "…WXYZ")
        #expect(openai?["keySource"] as? String == "OPENAI_API_KEY")
        #expect((report["database"] as? [String: Any])?["state"] as? String == "missing")
    }

    @Test func everyProblemComesWithTheLineThatFixesIt() throws {
        let home = try TestPaths.temporaryDirectory("doctor")
        defer { try? FileManager.default.removeItem(at: home) }
        let mine = home.appendingPathComponent(".config/pokerface/personalities")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data(#"{"name": 3}"#.utf8).write(to: mine.appendingPathComponent("broken.json"))
        let notADatabase = home.appendingPathComponent("notes.sqlite")
        try Data("my shopping list".utf8).write(to: notADatabase)
        let run = try doctor(["--db", notADatabase.path], home: home, environment: ["LANG": "C"])
        #expect(run.status == 1)
        for (problem, fix) in [("TERM is not set", "export TERM=xterm-256color"), ("is not UTF-8", "export LANG=C.UTF-8"),
                               ("1 personality file(s) are invalid", "pokerface personalities check"),
                               ("notes.sqlite is not an SQLite database", "choose another file with --db")] {
            let line = try #require(run.text.split(separator: "\n").firstIndex { $0.contains(problem) }, "\(problem) missing:\n\(run.text)")
            let lines = run.text.split(separator: "\n")
            #expect(lines[line + 1].contains("fix: ") && lines[line + 1].contains(fix), "\(lines[line + 1])")
        }
        #expect(run.text.contains("broken.json"), "the invalid file is named")
        #expect(try String(contentsOf: notADatabase, encoding: .utf8) == "my shopping list")
    }

    @Test func anExistingDatabaseIsReadWithoutBeingTouched() async throws {
        let home = try TestPaths.temporaryDirectory("doctor")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("games/pokerface.sqlite")
        let play = try Shell.run(([binary, "play", "--headless", "--hands", "2", "--seed", "5", "--db", db.path]).map(Shell.quote)
            .joined(separator: " "))
        #expect(play.status == 0, "\(play.text)")
        let before = snapshot(home.appendingPathComponent("games"))
        let run = try doctor(["--json", "--db", db.path], home: home, environment: Self.goodTerminal)
        #expect(run.status == 0, "\(run.text)")
        let database = try #require(run.json["database"] as? [String: Any])
        #expect(database["state"] as? String == "pokerface")
        #expect(database["schemaVersion"] as? Int == StoreInspection.knownMigrations.count)
        #expect(database["games"] as? Int == 1 && database["hands"] as? Int == 2)
        #expect(snapshot(home.appendingPathComponent("games")) == before, "doctor changed the database folder")
    }

    /// Damage that no open reads (the pages of the hand table, its indexes intact) is found by
    /// doctor's full integrity check, reported with its fix, and the file is left as it was.
    @Test func aDamagedDatabaseIsFoundByTheFullIntegrityCheck() async throws {
        let home = try TestPaths.temporaryDirectory("doctor")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("pokerface.sqlite")
        let play = try Shell.run(([binary, "play", "--headless", "--hands", "3", "--seed", "5", "--db", db.path]).map(Shell.quote)
            .joined(separator: " "))
        #expect(play.status == 0, "\(play.text)")
        let queue = try DatabaseQueue(path: db.path)
        let (pageSize, pages) = try await queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096,
             try Int.fetchAll(db, sql: "SELECT pageno FROM dbstat WHERE name = 'hand'"))
        }
        try queue.close()
        var data = try Data(contentsOf: db)
        for page in pages where page > 1 {
            for i in ((page - 1) * pageSize)..<(page * pageSize) { data[i] = UInt8(truncatingIfNeeded: i &* 131 &+ 7) }
        }
        try data.write(to: db)
        let run = try doctor(["--json", "--db", db.path], home: home, environment: Self.goodTerminal)
        #expect(run.status != 0, "\(run.text)")
        let database = try #require(run.json["database"] as? [String: Any])
        #expect(database["state"] as? String == "damaged")
        #expect((database["integrity"] as? [String])?.isEmpty == false)
        #expect(run.text.contains("restore a backup"))
        #expect(try Data(contentsOf: db) == data)
    }

    /// `--online` against the fake provider on 127.0.0.1: one call to the provider with a key (and
    /// one refused with 401, reported with its fix) and one to the local model.
    @Test func onlineCallsEachProviderWithAKeyAndTheLocalModel() async throws {
        let home = try TestPaths.temporaryDirectory("doctor")
        defer { try? FileManager.default.removeItem(at: home) }
        let server = try await FakeLLMServer.shared()
        let tag = UUID().uuidString.prefix(8)
        let openai = try await server.script("doctor-openai-\(tag)", [["content": "OK"]])
        let anthropic = try await server.script("doctor-anthropic-\(tag)", [["status": 401]])
        let local = try await server.script("doctor-local-\(tag)", [["content": "OK"]])
        let run = try doctor(["--online", "--json"], home: home, environment: Self.goodTerminal.merging([
            "OPENAI_API_KEY": "sk-doctor-online-key-1234", "OPENAI_BASE_URL": openai,
            "ANTHROPIC_API_KEY": "sk-ant-doctor-key-5678", "ANTHROPIC_BASE_URL": anthropic,
            "POKERFACE_LOCAL_LLM_URL": local,
        ]) { $1 })
        #expect(run.status == 1, "the refused key is a problem:\n\(run.text)")
        let report = run.json
        let providers = try #require(report["providers"] as? [[String: Any]])
        let online = { (name: String) in (providers.first { $0["provider"] as? String == name }?["online"] as? [String: Any]) }
        #expect(online("openai")?["ok"] as? Bool == true)
        #expect(online("anthropic")?["ok"] as? Bool == false)
        #expect(online("gemini") == nil, "no key, no call")
        #expect(((report["localModel"] as? [String: Any])?["online"] as? [String: Any])?["ok"] as? Bool == true)
        let problems = try #require(report["problems"] as? [[String: String]])
        #expect(problems.count == 1 && problems[0]["fix"]?.contains("ANTHROPIC_API_KEY") == true, "\(problems)")
        #expect(try await server.requestCount("doctor-openai-\(tag)") == 1)
        #expect(try await server.requestCount("doctor-local-\(tag)") == 1)
        #expect(!run.text.contains("sk-doctor-online-key-1234"))
    }
}
