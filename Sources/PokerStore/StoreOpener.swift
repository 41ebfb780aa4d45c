import Foundation
import GRDB

/// Opens the database file safely: an existing file is inspected before anything writes to it,
/// so a damaged, foreign or newer database is refused untouched.
enum StoreOpener {
    static let sqliteHeader = Data("SQLite format 3\u{0}".utf8)

    static func open(path: String, access: StoreAccess = .readWrite) throws(StoreError) -> DatabasePool {
        let fm = FileManager.default
        let directory = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        var inspected = false
        if access == .readExisting {
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing(path: path) }
            if isDirectory.boolValue { throw .cannotOpen(path: path, reason: "it is a directory") }
            try inspect(path: path)
            inspected = true
            if let pool = try openReadOnlyIfCurrent(path: path) { return pool }
        }
        if fm.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw .cannotOpen(path: path, reason: "it is a directory") }
            do {
                if !inspected { try inspect(path: path) }
            } catch {
                if case .cannotOpen = error, isReadOnly(directory) { throw .readOnly(path: path) }
                throw error
            }
        } else if !fm.fileExists(atPath: directory) {
            do {
                try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw isReadOnly(nearestExisting(directory)) ? .readOnly(path: path)
                    : .cannotOpen(path: path, reason: "cannot create the directory \(directory)")
            }
        }
        if isReadOnly(directory) || (fm.fileExists(atPath: path) && isReadOnly(path)) {
            throw .readOnly(path: path)
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        config.label = "PokerStore"
        // WAL + NORMAL: a commit survives the process being killed at any moment (only a power
        // loss can drop the last commits); no fsync per action.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        // SQLite does not wait (busy timeout) when a connection that already reads must upgrade to
        // write, e.g. while another process's reader recovers the WAL after a crash: such a clash
        // at open is retried for about a second (opening twice is safe: migrations are transactional).
        var clashes = 0
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: config)
                try StoreMigrations.migrator.migrate(pool)
                return pool
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && clashes < 20 {
                clashes += 1
                usleep(50_000)
            } catch {
                throw storeError(error, path: path)
            }
        }
    }

    /// A read-only pool on `path` when its schema is up to date; nil when it still needs a
    /// migration (or is empty), which only a writable connection can apply.
    static func openReadOnlyIfCurrent(path: String) throws(StoreError) -> DatabasePool? {
        var config = Configuration()
        config.readonly = true
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        config.label = "PokerStore.read"
        do {
            let pool = try DatabasePool(path: path, configuration: config)
            if try pool.read({ db in try StoreMigrations.migrator.hasCompletedMigrations(db) }) { return pool }
            try pool.close()
            return nil
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// Refuses a file that is not an SQLite database, belongs to another program, was written
    /// by a newer PokerFace or fails SQLite's quick check (damaged pages). Reads only.
    static func inspect(path: String) throws(StoreError) {
        let inspection = try StoreInspection.read(path: path)
        switch inspection.kind {
        case .missing, .empty:
            return
        case .notADatabase:
            throw .notADatabase(path: path)
        case .foreign(let tables):
            throw .foreignDatabase(path: path, tables: tables)
        case .pokerFace:
            let unknown = inspection.unknownMigrations
            if !unknown.isEmpty { throw .newerSchema(path: path, unknownMigrations: unknown) }
            try StoreIntegrity.requireSound(path: path)
        }
    }

    /// True when `path` cannot be written: no write permission bit at all (honoured even for
    /// root), or the process may not write it.
    static func isReadOnly(_ path: String) -> Bool {
        let fm = FileManager.default
        if let permissions = (try? fm.attributesOfItem(atPath: path))?[.posixPermissions] as? Int,
           permissions & 0o222 == 0 {
            return true
        }
        return !fm.isWritableFile(atPath: path)
    }

    static func nearestExisting(_ directory: String) -> String {
        var current = directory
        while !FileManager.default.fileExists(atPath: current), current != "/", !current.isEmpty {
            current = (current as NSString).deletingLastPathComponent
        }
        return current
    }

    /// The `StoreError` for any error thrown while using the database at `path`.
    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if error is CancellationError { return .cancelled(path: path) }
        if let error = error as? EncodingError { return .invalidValue(path: path, reason: "\(error)") }
        guard let error = error as? DatabaseError else {
            return .sqlite(path: path, code: -1, message: String(describing: error))
        }
        let message = error.message ?? "no message"
        switch error.resultCode {
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: return .readOnly(path: path)
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path, detail: message)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: message)
        default: return .sqlite(path: path, code: error.extendedResultCode.rawValue, message: message)
        }
    }
}
