import Foundation
import PokerStore
import PokerTestSupport
import Testing

/// `pokerface hh import` and `hh convert` as a user runs them.
@Suite struct HHImportCommandTests {
    let binary = TestPaths.product("pokerface")
    let fixtures = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/pokerstars")

    func run(_ arguments: [String]) throws -> Shell.Output {
        try Shell.run(([binary] + arguments).map(Shell.quote).joined(separator: " ") + " 2>&1")
    }

    @Test func importReportsBrokenHandsKeepsTheRestAndNeverImportsTwice() async throws {
        let dir = try TestPaths.temporaryDirectory("hh-import")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("p.sqlite").path
        let features = fixtures.appendingPathComponent("features.txt").path
        let malformed = fixtures.appendingPathComponent("malformed.txt").path
        let first = try run(["hh", "import", features, malformed, "--game-name", "May", "--db", db])
        #expect(first.status == 1, "a hand was skipped: \(first.text)")
        let problems = first.text.split(separator: "\n").filter { $0.hasPrefix("pokerface: \(malformed): hand #") }
        #expect(problems.count == 5, "\(first.text)")
        #expect(first.text.contains("Imported 6 of 11 hands"))
        let second = try run(["hh", "import", features, "--db", db])
        #expect(second.status == 0, "\(second.text)")
        #expect(second.text.contains("Imported 0 of 4 hands; 4 were already imported"), "\(second.text)")
        let store = try GameStore(path: db)
        let games = try await store.games()
        #expect(games.map(\.handsPlayed).reduce(0, +) == 6)
        #expect(games.allSatisfy { $0.mode == "imported" && $0.name?.hasPrefix("May") == true })
        // The hero's decisions were judged.
        #expect(try await !store.analyses().isEmpty)
        try await store.close()
        let listing = try run(["games", "--db", db])
        #expect(listing.text.contains("imported"))
    }

    @Test func aMissingFileOrOneWithoutHandsIsReportedAndTheOthersImport() throws {
        let dir = try TestPaths.temporaryDirectory("hh-import-files")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("p.sqlite").path
        let missing = dir.appendingPathComponent("missing.txt").path
        let notes = dir.appendingPathComponent("notes.txt")
        try "no hands in here\n".write(to: notes, atomically: true, encoding: .utf8)
        let features = fixtures.appendingPathComponent("features.txt").path
        let result = try run(["hh", "import", missing, notes.path, features, "--db", db])
        #expect(result.status == 1, "\(result.text)")
        let lines = result.text.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("pokerface: cannot read \(missing)") }, "\(result.text)")
        #expect(lines.contains { $0.hasPrefix("pokerface: \(notes.path): no PokerStars hands found") }, "\(result.text)")
        #expect(result.text.contains("Imported 4 of 4 hands into games 1, 2, 3"), "\(result.text)")
        #expect(result.text.contains("; 2 files gave no hands (see above)."), "\(result.text)")
    }

    @Test func convertedHistoriesReplayToTheSameStacks() throws {
        let dir = try TestPaths.temporaryDirectory("hh-convert")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("features.phhs").path
        let convert = try run(["hh", "convert", fixtures.appendingPathComponent("features.txt").path, "--to", "phh", "-o", out])
        #expect(convert.status == 0, "\(convert.text)")
        #expect(convert.text.contains("Wrote 4 hands"))
        let replay = try run(["hh", "replay", out, "--split-rule", "wsop"])
        #expect(replay.status == 0, "\(replay.text)")
        #expect(replay.text.contains("4 hands: 4 match"), "\(replay.text)")
    }
}
