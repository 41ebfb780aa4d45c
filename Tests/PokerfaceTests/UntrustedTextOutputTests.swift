import Foundation
import PokerTestSupport
import Testing

/// Every command that prints untrusted text, fed ESC, BEL, CR, `U+009B` and `U+202E` from every
/// untrusted source (LLM replies and error bodies, personality files, names and labels, hand
/// histories, databases written before names were checked), prints none of them raw — in plain
/// text and in `--json` — and never prints a key a server echoed. The real binary, its bytes grepped.
@Suite(.serialized) struct UntrustedTextOutputTests {
    typealias Box = OutputSandbox

    /// A decision answer with the hostile text (and the echoed key) in every free-text field.
    static var hostileDecision: String {
        get throws {
            let text = try Box.jsonString(Box.hostile + " " + Box.key)
            return #"{"action": "call", "raise_to": 0, "inner_monologue": \#(text), "hand_strategy": \#(text), "#
                + #""dramatic_sequence": [\#(text)]}"#
        }
    }

    /// A bundled character's file, with `edits` applied, as JSON text.
    static func character(_ edits: [String: Any]) throws -> String {
        let url = TestPaths.packageRoot.appendingPathComponent("personalities/consulting-detective.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        for (key, value) in edits { object[key] = value }
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func llmRepliesAndTheirCapturesNeverReachTheTerminalRaw() async throws {
        let box = try Box()
        defer { box.cleanUp() }
        let server = try await FakeLLMServer.shared()
        let step = "[{\"content\": \(try Box.jsonString(try Self.hostileDecision))}]"
        let base = try await server.script("untrusted-replies-\(UUID().uuidString.prefix(8))", stepsJSON: step)
        let llm = "--provider openai --base-url \(Shell.quote(base))"
        let env = ["OPENAI_API_KEY": Box.key]
        var commands = ["llm check \(llm)", "llm check --json \(llm)"]
        for command in commands {
            let result = try box.run(command, environment: env, database: false)
            #expect(result.status == 0, "\(command): \(String(decoding: result.output, as: UTF8.self))")
            Box.expectClean(result.output, command)
        }
        let play = try box.run("play --headless --seats 2 --hands 2 --seed 7 \(llm) --decision-timeout 30", environment: env)
        #expect(play.status == 0, "\(String(decoding: play.output, as: UTF8.self))")
        Box.expectClean(play.output, "play --headless")
        commands = ["games", "games --json", "hands", "hands --json", "debug captures", "debug captures --json",
                    "debug show 1", "debug show 1 --json", "usage", "usage --json", "hh export --game 1"]
        for command in commands {
            let result = try box.run(command)
            #expect(result.status == 0, "\(command): \(String(decoding: result.output, as: UTF8.self))")
            Box.expectClean(result.output, command)
        }
        let show = String(decoding: try box.run("debug show 1 --json").output, as: UTF8.self)
        #expect(show.contains(#"\u009b"#) && show.contains(#"\u202e"#), "JSON escapes them rather than dropping them: \(show)")
        #expect(show.contains("[redacted]"), "the echoed key is replaced where it stood")
        let stored = try FileManager.default.contentsOfDirectory(atPath: box.home.appendingPathComponent("data").path)
            .compactMap { FileManager.default.contents(atPath: box.home.appendingPathComponent("data/\($0)").path) }
        #expect(!stored.isEmpty)
        for file in stored { #expect(!Box.contains([UInt8](file), Array(Box.key.utf8)), "the key reached the database") }
    }

    @Test(arguments: [500, 400])
    func serverErrorBodiesNeverReachTheTerminalRaw(status: Int) async throws {
        let box = try Box()
        defer { box.cleanUp() }
        let server = try await FakeLLMServer.shared()
        let body = "{\"error\": {\"message\": \(try Box.jsonString(Box.hostile + " key " + Box.key))}}"
        let step = "[{\"status\": \(status), \"body\": \(try Box.jsonString(body))}]"
        let base = try await server.script("untrusted-errors-\(UUID().uuidString.prefix(8))", stepsJSON: step)
        for command in ["llm check", "llm check --json"] {
            let result = try box.run("\(command) --provider openai --base-url \(Shell.quote(base))",
                                     environment: ["OPENAI_API_KEY": Box.key], database: false)
            #expect(result.status != 0)
            Box.expectClean(result.output, command)
            #expect(String(decoding: result.output, as: UTF8.self).contains("Red"), "the message is shown, cleaned")
        }
    }

    @Test func personalityFilesWithEscapesAreRefusedAndNeverEchoedRaw() throws {
        let box = try Box()
        defer { box.cleanUp() }
        let hostile = try Self.character(["name": "Evil Twin", "nickname": "Ev\u{1B}[31m", "voice": "Gr\u{202E}uff",
                                           "play_style": Box.hostile])
        try hostile.write(to: box.personalities.appendingPathComponent("evil-twin.json"), atomically: true, encoding: .utf8)
        let broken = "{\"name\": \"\(Box.hostile)\"\n"  // raw control bytes: not even JSON
        try broken.write(to: box.personalities.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        for command in ["personalities list", "personalities list --json", "personalities check", "personalities check --json",
                        "personalities show \(Shell.quote(Box.hostile))", "personalities show evil-twin --json",
                        "play --headless --seats 2 --hands 1 --seed 3"] {
            let result = try box.run(command, database: command.hasPrefix("play"))
            Box.expectClean(result.output, command)
        }
        let check = String(decoding: try box.run("personalities check", database: false).output, as: UTF8.self)
        #expect(check.contains("`nickname` contains the control character U+001B at character 3"), "\(check)")
        #expect(check.contains("`voice` contains the control character U+202E at character 3"), "\(check)")
        #expect(check.contains("`play_style` must be a single line"), "a carriage return ends a line: \(check)")
        let list = String(decoding: try box.run("personalities list", database: false).output, as: UTF8.self)
        #expect(!list.contains("Evil Twin"), "a refused character is not offered")
    }

    @Test func aGeneratedCharacterWithEscapesIsNeitherSavedNorPrinted() async throws {
        let box = try Box()
        defer { box.cleanUp() }
        let server = try await FakeLLMServer.shared()
        // No CR here: a carriage return was already refused as a second line; ESC, C1 and bidi were not.
        let answer = try Self.character(["name": "Nemo", "nickname": "\u{1B}[31mB\u{9B}1m\u{202E}ss"])
        let base = try await server.script("untrusted-new-\(UUID().uuidString.prefix(8))",
                                           stepsJSON: "[{\"content\": \(try Box.jsonString(answer))}]")
        let output = box.home.appendingPathComponent("nemo.json").path
        let result = try box.run("personalities new Nemo --description 'A quiet sailor.' -o \(Shell.quote(output)) "
                                 + "--provider openai --base-url \(Shell.quote(base))",
                                 environment: ["OPENAI_API_KEY": Box.key], database: false)
        #expect(result.status != 0, "\(String(decoding: result.output, as: UTF8.self))")
        Box.expectClean(result.output, "personalities new")
        #expect(!FileManager.default.fileExists(atPath: output), "nothing was saved")
        #expect(String(decoding: result.output, as: UTF8.self).contains("contains the control character"))
    }

    @Test func namesAndLabelsWithEscapesAreRefused() throws {
        let box = try Box()
        defer { box.cleanUp() }
        let name = try box.run("play --headless --name \(Shell.quote(Box.hostile))")
        #expect(name.status != 0)
        Box.expectClean(name.output, "play --name")
        #expect(String(decoding: name.output, as: UTF8.self)
            == "pokerface: --name contains the control character U+001B at character 1; remove it "
            + "(control, bidirectional and invisible characters are not allowed)\n")
        let label = try box.run("debug label 1 --add \(Shell.quote("ok" + Box.hostile))")
        #expect(label.status != 0)
        Box.expectClean(label.output, "debug label --add")
        #expect(String(decoding: label.output, as: UTF8.self).hasPrefix("pokerface: --add contains the control character U+001B at character 3;"))
        let file = box.home.appendingPathComponent("lab.toml")
        try Self.experiment(name: Box.hostileJSONEscaped).write(to: file, atomically: true, encoding: .utf8)
        let experiment = try box.run("experiment run \(Shell.quote(file.path))")
        #expect(experiment.status != 0)
        Box.expectClean(experiment.output, "experiment run")
        #expect(String(decoding: experiment.output, as: UTF8.self).contains("`name` contains the control character U+001B"))
    }

    /// Databases written before names were checked still print clean: names, experiment names and
    /// labels planted straight into the file.
    @Test func plantedNamesInAnOldDatabaseNeverReachTheTerminalRaw() throws {
        let box = try Box()
        defer { box.cleanUp() }
        let file = box.home.appendingPathComponent("lab.toml")
        try Self.experiment(name: "lab").write(to: file, atomically: true, encoding: .utf8)
        let run = try box.run("experiment run \(Shell.quote(file.path))")
        #expect(run.status == 0, "\(String(decoding: run.output, as: UTF8.self))")
        let play = try box.run("play --headless --seats 3 --hands 2 --seed 11 --opponents 'Sherlock Holmes'")
        #expect(play.status == 0, "\(String(decoding: play.output, as: UTF8.self))")
        let escaped = Box.hostileJSONEscaped
        let sql = """
            UPDATE game SET setup_json = replace(setup_json, '"Sherlock Holmes"', '"Sherlock \(escaped)"');
            UPDATE experiment SET name = 'lab' || char(27) || '[31m' || char(7) || char(13) || char(155) || char(8238),
                config_json = replace(config_json, '"control"', '"ctl\(escaped)"');
            """
        let planted = try Shell.run("sqlite3 \(Shell.quote(box.db)) \(Shell.quote(sql))")
        #expect(planted.status == 0, "\(planted.text)")
        let games = String(decoding: try box.run("games --json").output, as: UTF8.self)
        #expect(games.contains(#"\u202e"#), "the planted name is in the listing, escaped: \(games)")
        for command in ["games", "games --json", "hands", "hands --json", "hands --game 1", "experiment list",
                        "experiment report 1", "experiment report 1 --json", "hh export --game 1", "debug captures",
                        "resume --headless --hands 1"] {
            let result = try box.run(command)
            Box.expectClean(result.output, command)
        }
    }

    @Test func handHistoryContentIsNeverEchoedRaw() throws {
        let box = try Box()
        defer { box.cleanUp() }
        let phh = """
            variant = "NT"
            ante_trimming_status = true
            antes = [0, 0]
            blinds_or_straddles = [1, 2]
            min_bet = 2
            starting_stacks = [200, 200]
            actions = ["d dh p1 AsKs", "d dh p2 7h2d", "p2 \(Box.hostileJSONEscaped)"]
            players = ["\(Box.hostileJSONEscaped)", "Bob"]
            """
        let file = box.home.appendingPathComponent("evil.phh")
        try phh.write(to: file, atomically: true, encoding: .utf8)
        for command in ["hh replay \(Shell.quote(file.path))", "hh replay --json \(Shell.quote(file.path))",
                        "hh import \(Shell.quote(file.path))"] {
            let result = try box.run(command, database: command.hasPrefix("hh import"))
            #expect(result.status != 0, "\(command) refuses the action")
            Box.expectClean(result.output, command)
        }
    }

    /// A one-tournament offline experiment named `name` (TOML basic-string escapes allowed).
    static func experiment(name: String) -> String {
        """
        name = "\(name)"
        tournaments = 1
        hands_per_tournament = 3
        seed = 7
        concurrency = 1
        mode = "casual"

        [table]
        starting_stack = 600
        big_blind = 20
        hands_per_level = 6

        [[seats]]
        personality = "Sherlock Holmes"
        [[seats]]
        personality = "Doc Holliday"

        [[variants]]
        label = "twin"
        """
    }
}
