import Foundation
import GRDB
import PokerEngine
import Testing
@testable import PokerStore

/// A damaged, foreign, newer, read-only or full database gets one clear error naming the file,
/// and nothing in it is overwritten.
@Suite struct DamageTests {
    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// A store with one game and one dealt hand, closed.
    func makeDatabase(_ path: String) async throws -> (GameID, Match) {
        let store = try GameStore(path: path)
        var match = try Match(Play.config(seed: 3))
        let game = try await store.createGame(setup: Play.setup(match.config), match: match)
        try await Play.step(&match, store: store, game: game, seed: 3)
        try await store.close()
        return (game, match)
    }

    @Test func garbageBytesAreNotADatabase() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path()
        let garbage = Data((0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        try garbage.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { try GameStore(path: path) }
        #expect(try bytes(path) == garbage)
        #expect(StoreError.notADatabase(path: path).description.hasPrefix(path))
    }

    @Test func aDamagedSchemaIsReportedAsCorrupt() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path()
        _ = try await makeDatabase(path)
        var data = try bytes(path)
        for i in 100..<4096 { data[i] = UInt8(truncatingIfNeeded: i &* 31) }
        try data.write(to: URL(fileURLWithPath: path))
        #expect {
            try GameStore(path: path)
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            switch error {
            case .corrupt(path, _), .notADatabase(path): return true
            default: return false
            }
        }
        #expect(try bytes(path) == data)
    }

    @Test func aForeignDatabaseIsRefusedUntouched() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO recipe VALUES (1, 'soup')")
        }
        try queue.close()
        let before = try bytes(path)
        #expect(throws: StoreError.foreignDatabase(path: path, tables: ["recipe"])) { try GameStore(path: path) }
        #expect(try bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aDatabaseFromANewerVersionIsRefusedUntouched() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path()
        _ = try await makeDatabase(path)
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')")
        }
        try queue.close()
        let before = try bytes(path)
        #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["v99-future"])) { try GameStore(path: path) }
        #expect(try bytes(path) == before)
    }

    @Test func aReadOnlyFileOrDirectoryIsReported() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path()
        _ = try await makeDatabase(path)
        let before = try bytes(path)
        #expect(chmod(path, 0o444) == 0)
        #expect(throws: StoreError.readOnly(path: path)) { try GameStore(path: path) }
        #expect(try bytes(path) == before)
        #expect(chmod(path, 0o644) == 0)

        let locked = dir.url.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        #expect(chmod(locked.path, 0o555) == 0)
        defer { _ = chmod(locked.path, 0o755) }
        let fresh = locked.appendingPathComponent("pokerface.sqlite").path
        #expect(throws: StoreError.readOnly(path: fresh)) { try GameStore(path: fresh) }
        #expect(!FileManager.default.fileExists(atPath: fresh))
        #expect(StoreError.readOnly(path: fresh).description.contains(fresh))
    }

    /// `PRAGMA max_page_count` on the writer makes SQLite answer SQLITE_FULL as a full disk would.
    @Test func aFullDiskLosesOnlyTheFailedChange() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path()
        let store = try GameStore(path: path)
        var match = try Match(Play.config(seed: 4))
        let game = try await store.createGame(setup: Play.setup(match.config), match: match)
        for _ in 0..<5 { try await Play.step(&match, store: store, game: game, seed: 4) }
        let saved = match
        let pages = try await store.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        try await store.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(pages)") }

        let speech = StoredMessage(seat: 2, kind: .speech, text: String(repeating: "Blah! ", count: 40_000))
        var attempt = match
        guard let (seat, action) = Play.decision(attempt, seed: 4) else { Issue.record("nobody to act"); return }
        let result = try attempt.apply(action, bySeat: seat)
        await #expect(throws: StoreError.diskFull(path: path)) {
            try await store.recordAction(game: game, match: attempt, newEvents: result.hand, messages: [speech])
        }
        #expect(try await store.loadGame(game).match == saved, "the failed change must not be half-saved")
        #expect(StoreError.diskFull(path: path).description.contains(path))

        // Space again: the same change now goes through.
        try await store.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = 1073741823") }
        try await store.recordAction(game: game, match: attempt, newEvents: result.hand, messages: [speech])
        #expect(try await store.loadGame(game).match == attempt)
    }

    @Test func aPathThatIsADirectoryCannotBeOpened() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        #expect(throws: StoreError.cannotOpen(path: dir.url.path, reason: "it is a directory")) {
            try GameStore(path: dir.url.path)
        }
    }
}
