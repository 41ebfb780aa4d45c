import GRDB

/// One named schema step. Shipped migrations are append-only: their name and SQL never change
/// (a test compares the SHA-256 of each against a committed list); a schema change is a new
/// migration appended to `StoreMigrations.all`.
public struct StoreMigration: Sendable, Hashable {
    public let name: String
    public let sql: String
}

/// The ordered list of migrations and the migrator built from it.
public enum StoreMigrations {
    /// `PRAGMA application_id` of a PokerFace database: "PKFR".
    public static let applicationID: Int32 = 0x504B_4652

    /// Every migration, oldest first. Append only.
    public static let all: [StoreMigration] = [
        StoreMigration(name: "v1-core", sql: v1Core),
        StoreMigration(name: "v2-analysis-labels", sql: v2AnalysisLabels),
        StoreMigration(name: "v3-capture-request", sql: v3CaptureRequest),
        StoreMigration(name: "v4-tied-places", sql: v4TiedPlaces),
        StoreMigration(name: "v5-player-notes", sql: v5PlayerNotes),
        // Named on the hh branch before the two above met it; the name stays so databases that
        // already applied it are not migrated twice (GRDB applies whichever names are missing).
        StoreMigration(name: "v4-hand-import", sql: v4HandImport),
    ]

    /// Automatic labels of every analysed decision (offline decisions have no capture to label).
    static let v2AnalysisLabels = """
        ALTER TABLE decision_analysis ADD COLUMN labels_json TEXT
            CHECK (labels_json IS NULL OR json_valid(labels_json));
        CREATE INDEX decision_analysis_by_verdict ON decision_analysis (verdict, game_id);
        """

    /// Names of the tables PokerFace creates (for diagnostics).
    static let knownTables: Set<String> = [
        "game", "hand", "action", "table_message", "ai_seat_state", "api_usage", "model_pricing",
        "prompt_capture", "capture_label", "decision_analysis", "tournament_result", "experiment",
        "experiment_game", "grdb_migrations", "sqlite_sequence", "game_personality", "player_note",
        "imported_hand",
    ]

    /// A GRDB migrator that applies `all` in order, each in its own transaction.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in all {
            let sql = migration.sql
            migrator.registerMigration(migration.name) { db in try db.execute(sql: sql) }
        }
        return migrator
    }
}
