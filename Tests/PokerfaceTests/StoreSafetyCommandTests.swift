import Foundation
import GRDB
import PokerTestSupport
import Testing

/// The database as the command line meets it: read-only commands leave the file as it was, a
/// damaged file is refused before anything is written, seeds span the full 64-bit range.
@Suite struct StoreSafetyCommandTests {
    struct FileState: Equatable {
        let bytes: Data
        let modified: Date?
    }

    static func state(_ path: String) throws -> FileState {
        FileState(bytes: try Data(contentsOf: URL(fileURLWithPath: path)),
                  modified: try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
    }

    static func play(_ db: String, home: URL, extra: String = "") throws -> Shell.Output {
        try CommandLineTests.run("play --headless --seats 2 --hands 2 \(extra) --db \(Shell.quote(db))", home: home)
    }

    @Test func readOnlyCommandsLeaveTheFileUnchanged() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-readonly")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("p.sqlite").path
        let played = try Self.play(db, home: home, extra: "--seed 7")
        #expect(played.status == 0, "\(played.text)")
        let before = try Self.state(db)
        for command in ["games", "games --json", "hands", "hands --game 1", "usage", "debug captures", "hh export --game 1"] {
            let result = try CommandLineTests.run("\(command) --db \(Shell.quote(db))", home: home)
            #expect(result.status == 0, "\(command): \(result.text)")
            #expect(try Self.state(db) == before, "\(command) changed the database file")
        }
    }

    /// Pages of the hand table overwritten (the header and schema intact): every command that
    /// opens the file stops with the one damaged-file sentence and writes nothing.
    @Test func aDamagedDatabaseIsRefusedByEveryCommand() async throws {
        let home = try TestPaths.temporaryDirectory("pokerface-damaged")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("p.sqlite").path
        let played = try Self.play(db, home: home, extra: "--seed 8")
        #expect(played.status == 0, "\(played.text)")
        let queue = try DatabaseQueue(path: db)
        let (pageSize, pages) = try await queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096,
             try Int.fetchAll(db, sql: "SELECT pageno FROM dbstat WHERE name = 'hand'"))
        }
        try queue.close()
        var data = try Data(contentsOf: URL(fileURLWithPath: db))
        for page in pages where page > 1 {
            for i in ((page - 1) * pageSize)..<(page * pageSize) { data[i] = UInt8(truncatingIfNeeded: i &* 167 &+ 3) }
        }
        try data.write(to: URL(fileURLWithPath: db))
        let before = try Self.state(db)
        for command in ["games", "hands", "resume --headless --hands 1", "play --headless --seats 2 --hands 1"] {
            let result = try CommandLineTests.run("\(command) --db \(Shell.quote(db))", home: home)
            #expect(result.status != 0, "\(command) went on with a damaged file: \(result.text)")
            #expect(result.text.contains("\(db) is damaged"), "\(command): \(result.text)")
            #expect(try Self.state(db) == before, "\(command) wrote to the damaged file")
        }
    }

    /// Without `--seed` a game draws its seed from the whole UInt64 range; `--seed` takes the
    /// largest, which is stored and listed exactly and resumes.
    @Test func seedsSpanTheFull64BitRange() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-seeds")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("p.sqlite").path
        for _ in 0..<3 { #expect(try Self.play(db, home: home).status == 0) }
        #expect(try Self.play(db, home: home, extra: "--seed 18446744073709551615").status == 0)
        let listed = try CommandLineTests.run("games --json --db \(Shell.quote(db))", home: home)
        #expect(listed.status == 0, "\(listed.text)")
        let seeds = listed.text.matches(of: /"seed":(\d+)/).compactMap { UInt64($0.output.1) }
        #expect(seeds.count == 4)
        #expect(seeds.contains(UInt64.max), "\(listed.text)")
        // The chance that three seeds drawn from 1...UInt64.max all stay below a million is about 10^-39.
        #expect(seeds.filter { $0 != UInt64.max }.contains { $0 > 999_999 }, "\(seeds)")
        let resumed = try CommandLineTests.run("resume 4 --headless --hands 1 --db \(Shell.quote(db))", home: home)
        #expect(resumed.status == 0, "\(resumed.text)")
    }
}
