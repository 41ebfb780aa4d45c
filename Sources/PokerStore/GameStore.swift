import Foundation
import GRDB

/// The PokerFace database: one SQLite file in WAL mode with foreign keys on. This actor is the
/// only writer: every write is one transaction, run one at a time on the actor, and never
/// cancelled half-way (a cancelled caller still gets its save). Reads are `nonisolated` and run
/// concurrently with writes on the pool's reader connections, each seeing the last commit.
public actor GameStore {
    /// The database file (absolute).
    public nonisolated let path: String
    let pool: DatabasePool
    let now: @Sendable () -> Date
    /// The games this store has claimed (``claim(_:)``).
    var claims: [GameID: GameLock] = [:]

    /// Opens (creating when missing) the database at `path`, or at
    /// `StoreLocation.defaultPath()` when nil, and applies pending migrations. A file that is
    /// not a PokerFace database, or one from a newer version, is refused and left untouched.
    public init(path: String? = nil, now: @escaping @Sendable () -> Date = { Date() }) throws(StoreError) {
        try self.init(path: path, access: .readWrite, now: now)
    }

    /// Opens the database at `path` as `access` says: with `.readExisting` nothing is created and
    /// a missing file is ``StoreError/missing(path:)``.
    public init(path: String?, access: StoreAccess, now: @escaping @Sendable () -> Date = { Date() }) throws(StoreError) {
        let resolved = URL(fileURLWithPath: path ?? StoreLocation.defaultPath()).standardizedFileURL.path
        self.path = resolved
        self.now = now
        pool = try StoreOpener.open(path: resolved, access: access)
    }

    /// Runs `updates` in one write transaction on the actor's thread. It is synchronous on
    /// purpose: no thread hops (the measured p50 is lower), and a caller's cancellation can never
    /// interrupt a save half-way.
    func write<T: Sendable>(_ updates: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try Self.writeNow(pool, updates)
        } catch {
            throw StoreOpener.storeError(error, path: path)
        }
    }

    /// The synchronous `DatabasePool.write` (in an async context the async overload would win).
    static func writeNow<T>(_ pool: DatabasePool, _ updates: (Database) throws -> T) throws -> T {
        try pool.write(updates)
    }

    /// Runs `value` on a reader connection (concurrently with writes).
    nonisolated func read<T: Sendable>(_ value: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await pool.read(value)
        } catch {
            throw StoreOpener.storeError(error, path: path)
        }
    }

    /// Names of the migrations applied to this database, oldest first.
    public nonisolated func appliedMigrations() async throws(StoreError) -> [String] {
        try await read { db in try StoreMigrations.migrator.appliedMigrations(db) }
    }

    /// Closes the database, first checkpointing the WAL into the main file and truncating it
    /// (GRDB closes the writer before its read-only readers, so the last connection to close cannot
    /// checkpoint). The checkpoint is best effort: another process reading keeps its pages. Later
    /// calls fail.
    public func close() throws(StoreError) {
        claims = [:]
        do {
            _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            try pool.close()
        } catch {
            throw StoreOpener.storeError(error, path: path)
        }
    }
}
