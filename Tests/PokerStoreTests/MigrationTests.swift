import Foundation
import GRDB
import Testing
@testable import PokerStore

@Suite struct MigrationTests {
    /// SHA-256 of `name + "\n" + sql` of every shipped migration. A shipped migration never
    /// changes: to change the schema, append a new migration and add its line here.
    static let shipped: [(name: String, sha256: String)] = [
        ("v1-core", "516d6f98597b9f9c09e397f1748ed16e8f3f1843f67f22d0ca36a1274fd3ee19"),
        ("v2-analysis-labels", "5a71e9b9539c931aa616803167cfb10452023872ac6deefba8fcb5fafc9c7236"),
        ("v3-capture-request", "990145e5e45f45d026cc077535bdfe0b6c18451c07e8f65edfd5ac177bb193d5"),
        ("v4-tied-places", "ea7f2f745b3015a05555e38d1b0fa76d4ca9786b4d474e1a28e2be91d8b34a33"),
        ("v5-player-notes", "2278ea63b83196348508bb128ee866109f503b5a387388563dc73b80ccd3b521"),
        ("v4-hand-import", "84906dc4b610030b71faeb774fbb5d4340ae30a55f8e5c59b25800426cc6d488"),
    ]

    @Test func anEmptyFileGetsEveryMigration() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path("nested/dirs/pokerface.sqlite")
        let store = try GameStore(path: path)
        #expect(try await store.appliedMigrations() == StoreMigrations.all.map(\.name))
        let facts = try await store.pool.read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"), try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")))
        }
        #expect(facts.0 == StoreMigrations.applicationID)
        #expect(facts.1 == true)
        #expect(facts.2 == "wal")
        #expect(facts.3 == StoreMigrations.knownTables)
        try await store.close()
        // Reopening applies nothing again.
        let again = try GameStore(path: path)
        #expect(try await again.appliedMigrations() == StoreMigrations.all.map(\.name))
    }

    @Test func shippedMigrationsNeverChange() {
        let current = StoreMigrations.all
        for (index, entry) in Self.shipped.enumerated() {
            guard index < current.count, current[index].name == entry.name else {
                Issue.record("Shipped migration '\(entry.name)' is missing or moved: migrations are append-only, restore it at position \(index + 1).")
                continue
            }
            let hash = SHA256.hex(current[index].name + "\n" + current[index].sql)
            #expect(hash == entry.sha256, """
                Migration '\(entry.name)' changed after it shipped (sha256 \(hash)). Never edit a shipped migration: \
                revert it and append a new migration to StoreMigrations.all instead.
                """)
        }
        for migration in current.dropFirst(Self.shipped.count) {
            Issue.record("""
                Migration '\(migration.name)' has no fingerprint: once it ships add \
                ("\(migration.name)", "\(SHA256.hex(migration.name + "\n" + migration.sql))") to MigrationTests.shipped.
                """)
        }
    }

    /// Databases written by earlier builds: main's before imports (through `v5-player-notes`) and
    /// the hh branch's (`v4-hand-import` straight after `v3-capture-request`). Each gets only the
    /// migrations it lacks and ends with the schema of a new database, foreign keys intact.
    @Test(arguments: [
        ["v1-core", "v2-analysis-labels", "v3-capture-request", "v4-tied-places", "v5-player-notes"],
        ["v1-core", "v2-analysis-labels", "v3-capture-request", "v4-hand-import"],
    ])
    func anEarlierDatabaseGetsTheMissingMigrations(applied: [String]) async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let fresh = try GameStore(path: dir.path("fresh.sqlite"))
        let expected = try await fresh.pool.read(Self.schema)
        try await fresh.close()

        let path = dir.path("earlier.sqlite")
        var earlier = DatabaseMigrator()
        for name in applied {
            let migration = try #require(StoreMigrations.all.first { $0.name == name })
            earlier.registerMigration(name) { db in try db.execute(sql: migration.sql) }
        }
        let queue = try DatabaseQueue(path: path)
        try earlier.migrate(queue)
        try await queue.write { db in
            try db.execute(sql: """
                INSERT INTO game (id, created_at, updated_at, status, mode, seed, seat_count, setup_json, config_json,
                                  match_json, match_format)
                    VALUES (1, '2025-01-01', '2025-01-01', 'running', 'casual', '1', 9, '{}', '{}', '{}', 1);
                INSERT INTO tournament_result (game_id, seat, name, is_human, place, hands_played)
                    VALUES (1, 4, 'Eeyore', 0, 9, 12);
                """)
        }
        try queue.close()

        let store = try GameStore(path: path)
        #expect(try await store.appliedMigrations() == StoreMigrations.all.map(\.name))
        let after = try await store.pool.read { db in
            (try Self.schema(db), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
             try Int.fetchOne(db, sql: "SELECT seat_count FROM game"),
             try String.fetchOne(db, sql: "SELECT name FROM tournament_result WHERE game_id = 1"))
        }
        #expect(after.0 == expected)
        #expect(after.1 == 0)
        #expect(after.2 == 9 && after.3 == "Eeyore", "the rows written before the migration are still there")
    }

    /// Every table and index with its SQL, by name.
    static func schema(_ db: Database) throws -> [String: String] {
        let rows = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'index') AND sql IS NOT NULL")
        return Dictionary(uniqueKeysWithValues: rows.map { (row: Row) -> (String, String) in (row["name"], row["sql"]) })
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(String(repeating: "a", count: 1000))
            == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func defaultPathFollowsXDG() {
        #expect(StoreLocation.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/u"])
            == "/data/pokerface/pokerface.sqlite")
        #expect(StoreLocation.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.local/share/pokerface/pokerface.sqlite")
        #expect(StoreLocation.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/u"])
            == "/home/u/.local/share/pokerface/pokerface.sqlite")
    }
}
