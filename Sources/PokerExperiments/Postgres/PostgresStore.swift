import Foundation

/// A shared PostgreSQL store for experiments run by several workers (machines or processes):
/// the experiment, its tournament queue, and each complete hand's results, verdicts, captures
/// and usage. Each worker plays into its own SQLite file and mirrors every finished hand here.
public final class PostgresStore: Sendable {
    /// One experiment as listed.
    public struct ExperimentRow: Sendable, Hashable {
        public let id: Int64
        public let name: String
        public let status: String
        public let configJSON: String
        public let tournaments: Int
        public let finished: Int
        public let running: Int
        public let hands: Int
        public let costUSD: Double
    }

    let connection: PostgresConnection

    private init(connection: PostgresConnection) { self.connection = connection }

    /// The URL with its password masked.
    public var displayURL: String { connection.displayURL }

    /// Connects to `url` and applies pending migrations.
    public static func open(_ url: String) async throws(PostgresError) -> PostgresStore {
        let connection = try await PostgresConnection.connect(url)
        try await PostgresSchema.migrate(connection)
        return PostgresStore(connection: connection)
    }

    public func close() async { await connection.close() }

    /// The experiment named `spec.name`, created with its whole queue when absent. A second worker
    /// running the same file joins it; a different file under the same name is refused.
    public func joinOrCreate(_ spec: ExperimentSpec) async throws(ExperimentError) -> Int64 {
        let config: String
        do { config = try SpecCoding.json(spec) } catch { throw .damagedConfig(experiment: 0, reason: "\(error)") }
        let labels = spec.allVariants.map(\.label)
        let count = spec.tournamentsPerVariant
        let result: Int64?
        do {
            result = try await connection.transaction { session throws(PostgresError) -> Int64? in
                try session.execute("SELECT pg_advisory_xact_lock(5064271)")
                let found = try session.execute("SELECT id, config_json FROM pf_experiment WHERE name = $1", [spec.name])
                if found.count > 0 {
                    guard found.value(0, "config_json") == config else { return nil }
                    try session.execute("UPDATE pf_experiment SET status = 'running', updated_at = now() WHERE id = $1 AND status <> 'completed'",
                                        [found.value(0, "id")])
                    return try Self.int64(found.value(0, "id"), "pf_experiment.id")
                }
                let inserted = try session.execute("""
                    INSERT INTO pf_experiment (name, config_json, status) VALUES ($1, $2, 'running') RETURNING id
                    """, [spec.name, config])
                let id = try Self.int64(inserted.value(0, "id"), "pf_experiment.id")
                for t in 0..<count {
                    for (v, label) in labels.enumerated() {
                        try session.execute("""
                            INSERT INTO pf_tournament (experiment_id, variant, variant_index, tournament_index) VALUES ($1, $2, $3, $4)
                            """, [String(id), label, String(v), String(t)])
                    }
                }
                return id
            }
        } catch { throw .postgres(error) }
        guard let result else { throw .configMismatch(name: spec.name) }
        return result
    }

    /// The experiment's file.
    public func spec(_ id: Int64) async throws(ExperimentError) -> ExperimentSpec {
        let rows: PostgresRows
        do { rows = try await connection.execute("SELECT config_json FROM pf_experiment WHERE id = $1", [String(id)]) } catch {
            throw .postgres(error)
        }
        guard let json = rows.value(0, "config_json") else { throw .notFound(id: id, store: displayURL) }
        return try SpecCoding.spec(json, experiment: id)
    }

    /// Every experiment with its queue's progress, newest first.
    public func experiments() async throws(PostgresError) -> [ExperimentRow] {
        let rows = try await connection.execute("""
            SELECT e.id, e.name, e.status, e.config_json,
                   (SELECT count(*) FROM pf_tournament t WHERE t.experiment_id = e.id) AS tournaments,
                   (SELECT count(*) FROM pf_tournament t WHERE t.experiment_id = e.id AND t.status = 'finished') AS finished,
                   (SELECT count(*) FROM pf_tournament t WHERE t.experiment_id = e.id AND t.status = 'running') AS running,
                   (SELECT coalesce(sum(t.hands_played), 0) FROM pf_tournament t WHERE t.experiment_id = e.id) AS hands,
                   (SELECT coalesce(sum(u.cost_usd), 0) FROM pf_usage u JOIN pf_tournament t ON t.id = u.tournament_id
                     WHERE t.experiment_id = e.id) AS cost
            FROM pf_experiment e ORDER BY e.id DESC
            """)
        return try (0..<rows.count).map { i throws(PostgresError) in
            ExperimentRow(id: try Self.int64(rows.value(i, "id"), "id"), name: rows.value(i, "name") ?? "",
                          status: rows.value(i, "status") ?? "", configJSON: rows.value(i, "config_json") ?? "{}",
                          tournaments: Int(try Self.int64(rows.value(i, "tournaments"), "tournaments")),
                          finished: Int(try Self.int64(rows.value(i, "finished"), "finished")),
                          running: Int(try Self.int64(rows.value(i, "running"), "running")),
                          hands: Int(try Self.int64(rows.value(i, "hands"), "hands")),
                          costUSD: Double(rows.value(i, "cost") ?? "0") ?? 0)
        }
    }

    /// Sets the experiment's status.
    public func setStatus(_ id: Int64, _ status: String) async throws(PostgresError) {
        try await connection.execute("UPDATE pf_experiment SET status = $1, updated_at = now() WHERE id = $2", [status, String(id)])
    }

    static func int64(_ text: String?, _ column: String) throws(PostgresError) -> Int64 {
        guard let text, let value = Int64(text) else { throw .badValue(column: column, value: text ?? "NULL") }
        return value
    }
}
