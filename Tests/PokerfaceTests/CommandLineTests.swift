import Foundation
import PokerTestSupport
import Testing

/// The command line as a user meets it: bad numbers and names get one line naming the option,
/// read-only commands never create a database, `hh replay` fails when nothing replays.
@Suite struct CommandLineTests {
    static let pokerface = Shell.quote(TestPaths.product("pokerface"))

    /// Runs `pokerface ARGS` with a private home (no user settings, keys or characters).
    static func run(_ arguments: String, home: URL) throws -> Shell.Output {
        let env = "env -u OPENAI_API_KEY -u POKERFACE_PROVIDER HOME=\(Shell.quote(home.path)) "
            + "XDG_CONFIG_HOME=\(Shell.quote(home.appendingPathComponent("config").path)) "
            + "XDG_DATA_HOME=\(Shell.quote(home.appendingPathComponent("data").path)) "
        return try Shell.run(env + pokerface + " " + arguments + " < /dev/null")
    }

    static func lines(_ output: Shell.Output) -> [Substring] {
        output.text.split(separator: "\n", omittingEmptySubsequences: true)
    }

    @Test(arguments: [
        ("play --headless --stack -5", "pokerface: --stack must be a positive number of chips, not -5"),
        ("play --headless --hands 0", "pokerface: --hands must be at least 1, not 0 (leave it out to play the whole tournament)"),
        ("play --headless --hands-per-level 0", "pokerface: --hands-per-level must be at least 1, not 0"),
        ("play --headless --seats 12", "pokerface: --seats must be 2 to 9, not 12"),
        ("play --headless --big-blind -20", "pokerface: --big-blind must be at least 2 chips, not -20"),
        ("play --headless --opponents Merlin,merlin", "pokerface: --opponents names merlin twice; each character sits once"),
        ("play --seats 3 --opponents Merlin,Zeus,Loki", "pokerface: --opponents names 3 characters but the table has 2 AI seats"),
        ("resume --hands -1", "pokerface: --hands must be at least 1, not -1"),
        ("play --bogus", "pokerface: Unknown option '--bogus'"),
    ])
    func badArgumentsGetOneLineAndCreateNothing(arguments: String, expected: String) throws {
        let home = try TestPaths.temporaryDirectory("pokerface-cli")
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try Self.run(arguments + " --db \(Shell.quote(home.appendingPathComponent("db/x.sqlite").path))", home: home)
        #expect(result.status != 0)
        #expect(Self.lines(result) == [Substring(expected)], "\(result.text)")
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("db").path), "no database was made")
    }

    @Test func readOnlyCommandsNeverCreateADatabase() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-cli")
        defer { try? FileManager.default.removeItem(at: home) }
        let missing = home.appendingPathComponent("missing folder/x.sqlite").path
        for command in ["games", "hands --game 1", "usage", "hh export --game 1", "lab captures", "debug captures"] {
            let result = try Self.run("\(command) --db \(Shell.quote(missing))", home: home)
            #expect(result.status == 1, "\(command): \(result.text)")
            #expect(Self.lines(result) == ["pokerface: there is no database at \(missing) (nothing was created); "
                + "play a game first, or give the right file with --db"], "\(command): \(result.text)")
        }
        let typo = try Self.run("hands --game 1 --db typo.sqlite", home: home)
        #expect(typo.status == 1)
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("missing folder").path))
        #expect(!FileManager.default.fileExists(atPath: "typo.sqlite"))
        let resume = try Self.run("resume --db \(Shell.quote(missing))", home: home)
        #expect(resume.status == 1)
        #expect(resume.text.contains("there is no database at"), "\(resume.text)")
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("missing folder").path))
    }

    @Test func anLLMProviderWithoutAKeyIsRefusedUpFront() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-cli")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("g.sqlite").path
        let result = try Self.run("play --headless --provider openai --hands 1 --db \(Shell.quote(db))", home: home)
        #expect(result.status == 1)
        let lines = Self.lines(result)
        #expect(lines.count == 1, "\(result.text)")
        #expect(lines.first?.hasPrefix("pokerface: openai needs an API key: export OPENAI_API_KEY=") == true, "\(result.text)")
        #expect(!FileManager.default.fileExists(atPath: db), "no game was started")
    }

    @Test func gamesAndHandsPrintAlignedColumns() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-cli")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = Shell.quote(home.appendingPathComponent("g.sqlite").path)
        for (seed, hands) in [(5, 12), (6, 2)] {
            let played = try Self.run("play --headless --seed \(seed) --hands \(hands) --db \(db)", home: home)
            #expect(played.status == 0, "\(played.text)")
        }
        // Text columns start under their title; number columns end under it.
        for (listing, numbers) in [("games", ["ID", "HANDS", "SEED"]), ("hands --game 1", ["HAND", "ID", "POT"])] {
            let result = try Self.run("\(listing) --db \(db)", home: home)
            #expect(result.status == 0)
            let table = Self.lines(result).filter { !$0.hasPrefix("Game ") }.map { Array($0) }
            let header = try #require(table.first)
            #expect(table.count >= 3, "\(result.text)")
            var titles: [(title: String, start: Int, end: Int)] = []
            var index = 0
            while index < header.count {
                guard header[index] != " " else { index += 1; continue }
                let start = index
                while index < header.count, header[index] != " " { index += 1 }
                titles.append((String(header[start..<index]), start, index))
            }
            for row in table.dropFirst() {
                for (title, start, end) in titles.dropFirst() {
                    if numbers.contains(title) {
                        #expect(end <= row.count && row[end - 1] != " " && (end == row.count || row[end] == " "),
                                "\(listing): \(title) is not right-aligned:\n\(result.text)")
                    } else if start < row.count {
                        #expect(row[start - 1] == " ", "\(listing): a cell runs into \(title):\n\(result.text)")
                    }
                }
            }
        }
    }

    /// Defect: `play` ignored the name set in Settings. Without a terminal the game is set up,
    /// abandoned, and listed with its seats' names.
    @Test func playSeatsTheNameFromSettings() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-cli")
        defer { try? FileManager.default.removeItem(at: home) }
        let config = home.appendingPathComponent("config/pokerface")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try #"{"playerName": "Zoë"}"#.write(to: config.appendingPathComponent("ui.json"), atomically: true, encoding: .utf8)
        let db = Shell.quote(home.appendingPathComponent("g.sqlite").path)
        let played = try Self.run("play --seed 3 --db \(db)", home: home)
        #expect(played.status == 2, "no terminal: \(played.text)")
        let listing = try Self.run("games --db \(db)", home: home)
        #expect(listing.text.contains("Zoë, "), "\(listing.text)")
        let named = try Self.run("play --seed 3 --name Ada --db \(db)", home: home)
        #expect(named.status == 2)
        #expect(try Self.run("games --db \(db)", home: home).text.contains("Ada, "), "--name still wins")
    }

    /// Defect: an invalid character file of the user's was skipped without a word by some commands
    /// and with a line per problem by `play`; now each says so once.
    @Test func aSkippedCharacterFileIsMentionedOnce() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-cli")
        defer { try? FileManager.default.removeItem(at: home) }
        let mine = home.appendingPathComponent("config/pokerface/personalities")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try #"{"name": "Broken""#.write(to: mine.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        try #"{"name": "Half", "traits": {}}"#.write(to: mine.appendingPathComponent("half.json"), atomically: true, encoding: .utf8)
        let list = try Self.run("personalities list", home: home)
        #expect(list.status == 0, "\(list.text)")
        #expect(Self.lines(list).filter { $0.contains("skipped") }.count == 1, "\(list.text)")
        let db = Shell.quote(home.appendingPathComponent("g.sqlite").path)
        let play = try Self.run("play --headless --seed 2 --hands 1 --db \(db)", home: home)
        #expect(play.status == 0, "\(play.text)")
        let said = Self.lines(play).filter { $0.contains("skipped") }
        #expect(said == ["pokerface: 2 character files were skipped: run pokerface personalities check"], "\(play.text)")
    }

    @Test func hhReplayFailsWhenNothingReplays() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-cli")
        defer { try? FileManager.default.removeItem(at: home) }
        let text = home.appendingPathComponent("notes.txt")
        try "just some notes\n".write(to: text, atomically: true, encoding: .utf8)
        let garbage = try Self.run("hh replay \(Shell.quote(text.path))", home: home)
        #expect(garbage.status == 1, "\(garbage.text)")
        #expect(garbage.text.contains("pokerface: no hand could be replayed (1 error, listed above)"))
        let empty = home.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let folder = try Self.run("hh replay \(Shell.quote(empty.path))", home: home)
        #expect(folder.status == 1)
        #expect(Self.lines(folder) == ["pokerface: \(empty.path) is a folder with no .phh or .phhs files in it"])
        #expect(!folder.text.contains("NSCocoaErrorDomain"))
        let famous = TestPaths.oracles.appendingPathComponent("phh/famous").path
        let good = try Self.run("hh replay \(Shell.quote(famous))", home: home)
        #expect(good.status == 0, "\(good.text)")
        #expect(good.text.contains(" match, 0 mismatch"))
    }
}
