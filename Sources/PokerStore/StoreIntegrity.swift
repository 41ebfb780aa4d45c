import GRDB

/// SQLite's own consistency checks of a database file, run read-only. The quick check runs on
/// every open of an existing file (before anything can write to it); the full one is
/// `pokerface doctor`'s.
public enum StoreIntegrity {
    public enum Depth: Sendable {
        /// `PRAGMA quick_check`: every b-tree page, cell and free-list entry (O(file size)), but
        /// not whether indexes match their tables.
        case quick
        /// `PRAGMA integrity_check`: also every index against its table and every constraint.
        case full
    }

    /// The problems SQLite reports for the file at `path` (at most `limit`), empty when it is
    /// sound (damage that stops the check itself is its one problem). A file that cannot be
    /// opened throws its `StoreError`.
    public static func problems(path: String, depth: Depth, limit: Int = 10) throws(StoreError) -> [String] {
        let pragma = depth == .quick ? "quick_check" : "integrity_check"
        do {
            let queue = try StoreInspection.quietQueue(path: path)
            defer { try? queue.close() }
            let rows = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA \(pragma)(\(max(1, limit)))") }
            return rows == ["ok"] ? [] : rows
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            return [error.message ?? "the file is damaged"]
        } catch {
            throw StoreOpener.storeError(error, path: path)
        }
    }

    /// Throws ``StoreError/corrupt(path:detail:)`` naming the first problem when the quick check
    /// finds any.
    static func requireSound(path: String) throws(StoreError) {
        let found = try problems(path: path, depth: .quick, limit: 1)
        if let first = found.first { throw .corrupt(path: path, detail: first) }
    }
}
