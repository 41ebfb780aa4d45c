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

    /// Pages overwritten in the middle of the file (the header and schema intact) are found by the
    /// quick check on open, for reading and for writing, and the file is left as it was.
    @Test func overwrittenPagesAreRefusedBeforeAnythingIsWritten() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path()
        let store = try GameStore(path: path)
        var match = try Match(Play.config(seed: 5))
        let game = try await store.createGame(setup: Play.setup(match.config), match: match)
        for _ in 0..<40 { try await Play.step(&match, store: store, game: game, seed: 5) }
        try await store.close()
        // The pages of the hand and action tables: nothing an open reads without a check.
        let queue = try DatabaseQueue(path: path)
        let (pageSize, pages) = try await queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096,
             try Int.fetchAll(db, sql: "SELECT pageno FROM dbstat WHERE name IN ('hand', 'action')"))
        }
        try queue.close()
        var data = try bytes(path)
        #expect(!pages.isEmpty && !pages.contains(1))
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for page in pages {
            for i in ((page - 1) * pageSize)..<(page * pageSize) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                data[i] = UInt8(truncatingIfNeeded: state >> 56)
            }
        }
        try data.write(to: URL(fileURLWithPath: path))
        for access in [StoreAccess.readExisting, .readWrite] {
            #expect {
                try GameStore(path: path, access: access)
            } throws: { error in
                guard case .corrupt(path, _)? = error as? StoreError else { return false }
                return true
            }
            #expect(try bytes(path) == data, "the damaged file must not be written (\(access))")
        }
        #expect(try StoreIntegrity.problems(path: path, depth: .full).isEmpty == false)
    }

    /// Opening a sound database to read it leaves the file byte for byte (and its modification
    /// time) as it was.
    @Test func readingLeavesTheFileUnchanged() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path()
        let (game, _) = try await makeDatabase(path)
        let before = try bytes(path)
        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        let reader = try GameStore(path: path, access: .readExisting)
        #expect(try await reader.loadGame(game).id == game)
        try? await reader.close()
        #expect(try bytes(path) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == modified)
        #expect(try StoreIntegrity.problems(path: path, depth: .full).isEmpty)
    }
}

/// A game is claimed by one open store at a time; the claim ends with the store.
@Suite struct GameClaimTests {
    @Test func aSecondStoreCannotClaimAGameInUse() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path()
        let first = try GameStore(path: path)
        let match = try Match(Play.config(seed: 9))
        let game = try await first.createGame(setup: Play.setup(match.config), match: match)
        try await first.claim(game)
        let second = try GameStore(path: path)
        await #expect(throws: StoreError.gameInUse(path: first.path, game: game, pid: getpid())) {
            try await second.claim(game)
        }
        try await first.close()
        try await second.claim(game)
        #expect(FileManager.default.fileExists(atPath: first.path + "-game-\(game.rawValue).lock"))
        await second.release(game)
        #expect(!FileManager.default.fileExists(atPath: first.path + "-game-\(game.rawValue).lock"))
    }
}
