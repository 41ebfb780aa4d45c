import Foundation
import GRDB

/// What a database file holds, read without creating, migrating or writing anything: for
/// `pokerface doctor` and for tests that watch a database another process is writing.
///
/// A clean file (no `-wal` beside it, or an empty one) is opened `immutable`, so not even SQLite's
/// `-wal`/`-shm` side files appear; a file in use (a non-empty `-wal`) is opened read-only
/// alongside its writer.
public struct StoreInspection: Sendable, Hashable {
    /// What kind of file is at the path.
    public enum Kind: Sendable, Hashable {
        /// No file: a new database would be created there.
        case missing
        /// An empty file (a new database).
        case empty
        /// A PokerFace database.
        case pokerFace
        /// An SQLite database of another program (its tables).
        case foreign(tables: [String])
        /// Not an SQLite database.
        case notADatabase
    }

    public let path: String
    public let kind: Kind
    /// Migrations applied to the file, oldest first.
    public let applied: [String]
    /// Rows in `game`, `hand` and `action` (zero when the tables are absent).
    public let games: Int
    public let hands: Int
    public let actions: Int

    /// Migrations this build knows, oldest first.
    public static var knownMigrations: [String] { StoreMigrations.all.map(\.name) }

    /// Applied migrations this build does not know (a newer PokerFace wrote the file).
    public var unknownMigrations: [String] { applied.filter { !Self.knownMigrations.contains($0) } }

    /// Known migrations not applied yet (the next `pokerface` run that opens it applies them).
    public var pendingMigrations: [String] { Self.knownMigrations.filter { !applied.contains($0) } }

    /// Reads the file at `path`.
    public static func read(path: String) throws(StoreError) -> StoreInspection {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return StoreInspection(path: path, kind: .missing, applied: [], games: 0, hands: 0, actions: 0)
        }
        if isDirectory.boolValue { throw .cannotOpen(path: path, reason: "it is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .cannotOpen(path: path, reason: "the file cannot be read") }
        let header = (try? handle.read(upToCount: StoreOpener.sqliteHeader.count)) ?? Data()
        try? handle.close()
        if header.isEmpty { return StoreInspection(path: path, kind: .empty, applied: [], games: 0, hands: 0, actions: 0) }
        guard header == StoreOpener.sqliteHeader else {
            return StoreInspection(path: path, kind: .notADatabase, applied: [], games: 0, hands: 0, actions: 0)
        }
        let facts = try facts(path: path)
        let known = Set(knownMigrations)
        let ours = facts.applicationID == StoreMigrations.applicationID || facts.applied.contains { known.contains($0) }
        let kind: Kind = ours || (facts.tables.isEmpty && facts.applicationID == 0) ? .pokerFace : .foreign(tables: facts.tables)
        return StoreInspection(path: path, kind: kind, applied: facts.applied, games: facts.counts[0], hands: facts.counts[1],
                               actions: facts.counts[2])
    }

    struct Facts {
        var applicationID: Int32
        var tables: [String]
        var applied: [String]
        var counts: [Int]
    }

    /// The raw facts of an SQLite file, read-only (see the type's note on side files).
    static func facts(path: String) throws(StoreError) -> Facts {
        do {
            let queue = try quietQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try String.fetchAll(db, sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
                    """)
                let applied = tables.contains("grdb_migrations")
                    ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") : []
                let counts = try ["game", "hand", "action"].map { table in
                    tables.contains(table) ? try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 : 0
                }
                return Facts(applicationID: applicationID, tables: tables, applied: applied, counts: counts)
            }
        } catch {
            throw StoreOpener.storeError(error, path: path)
        }
    }

    /// A read-only connection to `path` that writes nothing, not even side files when it can. A
    /// non-empty WAL may hold commits not yet in the main file: read alongside its writer. An
    /// absent or empty one holds nothing: read the main file alone, taking no lock at all (a
    /// writer that is just setting up its WAL is never disturbed).
    static func quietQueue(path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.readonly = true
        config.label = "PokerStore.inspect"
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int ?? 0
        if walSize == 0, let immutable = try? DatabaseQueue(path: "file:\(uriPath(path))?immutable=1", configuration: config) {
            return immutable
        }
        return try DatabaseQueue(path: path, configuration: config)
    }

    /// `path` with the characters a URI path must escape percent-encoded.
    static func uriPath(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
