import Foundation
import PokerTestSupport
import Testing

/// Hostile files given to the real binary: each is one error line naming the file and the line,
/// exit 1 — never an abort (a `[[[` file used to kill the process with exit 134).
@Suite struct HostileFileTests {
    @Test(arguments: [
        ("x.phh", "hh replay", "[[[", 1), ("x.phhs", "hh replay", "[1]\nvariant = \"NT\"\n[[[", 3),
        ("x.toml", "experiment run", "[[[", 1), ("x.toml", "experiment run", "name = \"a\"\n[[seats]\n", 2),
    ])
    func malformedTOMLIsOneClearError(name: String, command: String, text: String, line: Int) throws {
        let home = try TestPaths.temporaryDirectory("pokerface-hostile")
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent(name).path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let db = Shell.quote(home.appendingPathComponent("x.sqlite").path)
        let extra = command == "experiment run" ? " --db \(db)" : ""
        let result = try CommandLineTests.run("\(command) \(Shell.quote(file))\(extra)", home: home)
        #expect(result.status == 1, "\(result.text)")
        #expect(result.text.contains(file), "\(result.text)")
        #expect(result.text.contains("line \(line)"), "\(result.text)")
        #expect(!result.text.contains("Fatal error") && !result.text.contains("Assertion"), "\(result.text)")
    }
}

/// Chip amounts past `Chips.maximum` at every entry of the binary: one line, exit 1, no trap.
@Suite struct ChipLimitCommandTests {
    @Test(arguments: [
        ("play --headless --seats 2 --stack 9223372036854775807",
         "pokerface: --stack 9223372036854775807 is too large: 2 stacks together may hold at most 1,000,000,000,000,000 chips, so at most 500,000,000,000,000 each"),
        ("play --headless --big-blind 4000000000000000000 --stack 9000000000000000000",
         "pokerface: --big-blind must be at most 1,000,000,000,000,000 chips, not 4000000000000000000"),
        ("play --headless --decision-timeout 1e308", "pokerface: --decision-timeout must be 0.1 to 3600 seconds, not 1e+308"),
        ("play --headless --decision-timeout nan", "pokerface: --decision-timeout must be 0.1 to 3600 seconds, not nan"),
    ])
    func hugeNumbersGetOneLine(arguments: String, expected: String) throws {
        let home = try TestPaths.temporaryDirectory("pokerface-chips")
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try CommandLineTests.run(arguments + " --db \(Shell.quote(home.appendingPathComponent("x.sqlite").path))", home: home)
        #expect(result.status == 64, "a usage error, not a trap: \(result.text)")
        #expect(CommandLineTests.lines(result) == [Substring(expected)], "\(result.text)")
    }

    @Test func phhStacksAboveTheLimitAreAnErrorNotATrap() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-chips")
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent("big.phh").path
        try """
        variant = "NT"
        ante_trimming_status = true
        antes = [0, 0]
        blinds_or_straddles = [1, 2]
        min_bet = 2
        starting_stacks = [5000000000000000000, 5000000000000000000]
        actions = ["d dh p1 AcAd", "d dh p2 KcKd", "p2 cbr 5000000000000000000", "p1 cc"]
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try CommandLineTests.run("hh replay \(Shell.quote(file))", home: home)
        #expect(result.status == 1, "\(result.text)")
        #expect(result.text.contains("the starting stacks add up to more than 1,000,000,000,000,000 chips"), "\(result.text)")
    }

    /// A game saved with stacks past the limit (as older versions allowed) is reported; plain
    /// `resume` skips it and continues the next unfinished game.
    @Test func aGameThatCannotResumeIsSkipped() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-chips")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = Shell.quote(home.appendingPathComponent("x.sqlite").path)
        for seed in [1, 2] {
            let played = try CommandLineTests.run("play --headless --seats 2 --hands 1 --seed \(seed) --db \(db)", home: home)
            #expect(played.status == 0, "\(played.text)")
        }
        // Game 2 is the newest; give it stacks whose sum overflows Int, as an old version could save.
        let broken = try Shell.run("sqlite3 \(db) \"UPDATE game SET match_json = json_set(match_json, '$.stacks', "
            + "json('[9223372036854775000, 700]')) WHERE id = 2\"")
        #expect(broken.status == 0, "\(broken.text)")
        let named = try CommandLineTests.run("resume 2 --headless --hands 1 --db \(db)", home: home)
        #expect(named.status == 1, "\(named.text)")
        #expect(named.text.contains("game 2 cannot be resumed"), "\(named.text)")
        let plain = try CommandLineTests.run("resume --headless --hands 1 --db \(db)", home: home)
        #expect(plain.status == 0, "\(plain.text)")
        #expect(plain.text.contains("skipping game 2, which cannot be resumed"), "\(plain.text)")
        #expect(plain.text.contains("Resuming game 1"), "\(plain.text)")
    }
}
