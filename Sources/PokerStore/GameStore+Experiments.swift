import Foundation
import GRDB
import PokerEngine

extension GameStore {
    /// Stores a new experiment (its validated file as JSON) and returns its id. Names are unique:
    /// look one up with `experiment(named:)` first.
    public func createExperiment(name: String, configJSON: String,
                                 status: ExperimentStatus = .running) async throws(StoreError) -> ExperimentID {
        let path = self.path
        try StoreCoding.requireJSON(configJSON, "the experiment file", path: path)
        let time = StoreCoding.time(now())
        let id = try await write { db in
            try db.execute(sql: """
                INSERT INTO experiment (name, config_json, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [name, configJSON, status.rawValue, time, time])
            return db.lastInsertedRowID
        }
        return ExperimentID(id)
    }

    /// Sets an experiment's status, and its summary when one is given.
    public func setExperimentStatus(_ id: ExperimentID, _ status: ExperimentStatus,
                                    summaryJSON: String? = nil) async throws(StoreError) {
        let path = self.path
        try StoreCoding.requireJSON(summaryJSON, "the experiment summary", path: path)
        let time = StoreCoding.time(now())
        try await write { db in
            try db.execute(sql: """
                UPDATE experiment SET status = ?, summary_json = coalesce(?, summary_json), updated_at = ? WHERE id = ?
                """, arguments: [status.rawValue, summaryJSON, time, id.rawValue])
        }
    }

    /// One experiment, or nil.
    public nonisolated func experiment(_ id: ExperimentID) async throws(StoreError) -> ExperimentRecord? {
        let path = self.path
        return try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM experiment WHERE id = ?", arguments: [id.rawValue])
                .map { try Self.experimentRecord($0, path: path) }
        }
    }

    /// The experiment called `name`, or nil.
    public nonisolated func experiment(named name: String) async throws(StoreError) -> ExperimentRecord? {
        let path = self.path
        return try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM experiment WHERE name = ?", arguments: [name])
                .map { try Self.experimentRecord($0, path: path) }
        }
    }

    /// Every experiment, newest first.
    public nonisolated func experiments() async throws(StoreError) -> [ExperimentRecord] {
        let path = self.path
        return try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM experiment ORDER BY id DESC").map { try Self.experimentRecord($0, path: path) }
        }
    }

    /// Creates a game of an experiment and links it, in one transaction (a crash leaves both or neither).
    public func createExperimentGame(experiment: ExperimentID, variant: String, tournamentIndex: Int, setup: GameSetup,
                                     match: Match) async throws(StoreError) -> GameID {
        let row = try gameRow(setup: setup, match: match)
        let id = try await write { db in
            let game = try Self.insertGame(db, row)
            try db.execute(sql: """
                INSERT INTO experiment_game (experiment_id, game_id, variant, tournament_index) VALUES (?, ?, ?, ?)
                """, arguments: [experiment.rawValue, game, variant, tournamentIndex])
            return game
        }
        return GameID(id)
    }

    /// Stores a game saved elsewhere (another machine's checkpoint) between two hands, so that it
    /// continues here: the match after its last hand, every AI seat's state and that hand's messages.
    public func importGame(setup: GameSetup, match: Match, aiState: [AISeatState],
                           messages: [StoredMessage]) async throws(StoreError) -> GameID {
        let path = self.path
        guard !match.isHandInProgress else {
            throw .invalidValue(path: path, reason: "a game can only be imported between two hands")
        }
        for state in aiState { try StoreCoding.requireJSON(state, path: path) }
        let row = try gameRow(setup: setup, match: match)
        let time = StoreCoding.time(now())
        let id = try await write { db in
            let game = try Self.insertGame(db, row)
            for state in aiState { try Self.upsert(db, game: GameID(game), state: state, time: time) }
            try Self.insert(db, game: GameID(game), messages: messages, currentHand: match.handsPlayed)
            return game
        }
        return GameID(id)
    }

    /// The games of an experiment with their variant, tournament index and progress.
    public nonisolated func experimentGames(_ id: ExperimentID) async throws(StoreError) -> [ExperimentGameRecord] {
        let path = self.path
        return try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT g.id, g.status, g.hands_played, eg.variant, eg.tournament_index,
                       EXISTS (SELECT 1 FROM hand h WHERE h.game_id = g.id AND h.status = 'running') AS in_progress
                FROM experiment_game eg JOIN game g ON g.id = eg.game_id
                WHERE eg.experiment_id = ? ORDER BY eg.tournament_index, eg.variant
                """, arguments: [id.rawValue]).map { row in
                try decoding("game", row, path: path) {
                    ExperimentGameRecord(game: GameID(try row.int64("id")), variant: try row.string("variant"),
                                         tournamentIndex: try row.int("tournament_index"), status: try rowStatus(row),
                                         handsPlayed: try row.int("hands_played"), handInProgress: try row.bool("in_progress"))
                }
            }
        }
    }

    /// USD spent on LLM calls by an experiment's games so far (calls without a known price count 0).
    public nonisolated func experimentCost(_ id: ExperimentID) async throws(StoreError) -> Double {
        try await read { db in
            try Double.fetchOne(db, sql: """
                SELECT coalesce(sum(cost_usd), 0) FROM api_usage
                WHERE game_id IN (SELECT game_id FROM experiment_game WHERE experiment_id = ?)
                """, arguments: [id.rawValue]) ?? 0
        }
    }

    // MARK: - Pieces

    /// The encoded columns of a new game row.
    struct NewGameRow: Sendable {
        let mode: String
        let seed: String
        let seatCount: Int
        let humanSeat: Int?
        let setupJSON: String
        let configJSON: String
        let matchJSON: String
        let handsPlayed: Int
        let time: String
    }

    func gameRow(setup: GameSetup, match: Match) throws(StoreError) -> NewGameRow {
        guard setup.seats.count == match.config.seatCount, setup.match == match.config else {
            throw .invalidValue(path: path, reason: "the setup's seats or match settings differ from the match's")
        }
        do {
            return NewGameRow(mode: setup.mode, seed: StoreCoding.seed(match.config.seed), seatCount: match.config.seatCount,
                              humanSeat: setup.humanSeat, setupJSON: try StoreCoding.json(setup),
                              configJSON: try StoreCoding.json(match.config), matchJSON: try StoreCoding.json(match),
                              handsPlayed: match.handsPlayed, time: StoreCoding.time(now()))
        } catch {
            throw .invalidValue(path: path, reason: "cannot encode the game: \(error)")
        }
    }

    static func insertGame(_ db: Database, _ row: NewGameRow) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO game (created_at, updated_at, status, mode, seed, seat_count, human_seat, setup_json,
                              config_json, match_json, match_format, hands_played)
            VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [row.time, row.time, row.mode, row.seed, row.seatCount, row.humanSeat, row.setupJSON,
                             row.configJSON, row.matchJSON, matchFormat, row.handsPlayed])
        return db.lastInsertedRowID
    }

    static func experimentRecord(_ row: Row, path: String) throws -> ExperimentRecord {
        try decoding("experiment", row, path: path) {
            let text = try row.string("status")
            guard let status = ExperimentStatus(rawValue: text) else { throw StoreCodingError.unknownValue("status", text) }
            return ExperimentRecord(id: ExperimentID(try row.int64("id")), name: try row.string("name"),
                                    configJSON: try row.string("config_json"), status: status,
                                    summaryJSON: try row.optionalString("summary_json"),
                                    createdAt: try rowTime(row, "created_at"), updatedAt: try rowTime(row, "updated_at"))
        }
    }
}

extension GameStore {
    /// Deletes the captures and analyses of decisions that were never recorded: a process of an
    /// older build killed between saving a decision's capture (or analysis) and saving the decision
    /// left one behind, and the resumed game makes that decision again (a decision is now stored
    /// with its capture, analysis and usage in one transaction, so new runs leave none). Only the hand in progress can hold such
    /// rows; per seat, those beyond its recorded decisions (the newest) are removed. Returns how
    /// many rows went.
    @discardableResult
    public func discardUnrecordedDecisions(game: GameID) async throws(StoreError) -> Int {
        try await write { db in
            guard let hand = try Row.fetchOne(db, sql: "SELECT id, number FROM hand WHERE game_id = ? AND status = 'running'",
                                              arguments: [game.rawValue])
            else { return 0 }
            let handID: Int64 = hand["id"]
            let number: Int = hand["number"]
            var decided: [Int: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT seat, count(*) AS n FROM action WHERE hand_id = ? GROUP BY seat",
                                        arguments: [handID]) {
                decided[row["seat"]] = row["n"]
            }
            var discarded = 0
            for (table, filter) in [("prompt_capture", " AND call_type = 'decision'"), ("decision_analysis", "")] {
                var seen: [Int: Int] = [:]
                let rows = try Row.fetchAll(db, sql: "SELECT id, seat FROM \(table) WHERE game_id = ? AND hand_number = ?\(filter) ORDER BY id",
                                            arguments: [game.rawValue, number])
                for row in rows {
                    let seat: Int = row["seat"]
                    seen[seat, default: 0] += 1
                    if seen[seat, default: 0] > decided[seat, default: 0] {
                        try db.execute(sql: "DELETE FROM \(table) WHERE id = ?", arguments: [row["id"] as Int64])
                        discarded += 1
                    }
                }
            }
            return discarded
        }
    }
}
