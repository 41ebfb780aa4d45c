import Foundation
import GRDB
import PokerEngine

/// Version of the `Match` JSON in `game.match_json`; a later migration converts older ones.
let matchFormat = 1

extension GameStore {
    /// Stores a new game: its setup and the match before its first hand. Returns its id.
    public func createGame(setup: GameSetup, match: Match) async throws(StoreError) -> GameID {
        let path = self.path
        guard setup.seats.count == match.config.seatCount else {
            throw .invalidValue(path: path, reason: "\(setup.seats.count) seats are set up for a \(match.config.seatCount)-seat match")
        }
        guard setup.match == match.config else {
            throw .invalidValue(path: path, reason: "the setup's match settings differ from the match's")
        }
        guard match.handsPlayed == 0 else {
            throw .invalidValue(path: path, reason: "the match has already dealt \(match.handsPlayed) hands")
        }
        guard setup.seats.filter({ $0.kind == .human }).count <= 1 else {
            throw .invalidValue(path: path, reason: "more than one seat is human")
        }
        if let i = setup.seats.firstIndex(where: { $0.name.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw .invalidValue(path: path, reason: "seat \(i) has no name")
        }
        let setupJSON: String, configJSON: String, matchJSON: String
        do {
            setupJSON = try StoreCoding.json(setup)
            configJSON = try StoreCoding.json(match.config)
            matchJSON = try StoreCoding.json(match)
        } catch {
            throw .invalidValue(path: path, reason: "cannot encode the game: \(error)")
        }
        let time = StoreCoding.time(now())
        let id = try await write { db in
            try db.execute(sql: """
                INSERT INTO game (created_at, updated_at, status, mode, seed, seat_count, human_seat, setup_json,
                                  config_json, match_json, match_format, hands_played)
                VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, arguments: [time, time, setup.mode, StoreCoding.seed(match.config.seed), match.config.seatCount,
                                 setup.humanSeat, setupJSON, configJSON, matchJSON, matchFormat])
            return db.lastInsertedRowID
        }
        return GameID(id)
    }

    /// The game as last saved: setup, match, AI seat state and the current hand's messages.
    public nonisolated func loadGame(_ id: GameID) async throws(StoreError) -> SavedGame {
        let path = self.path
        return try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM game WHERE id = ?", arguments: [id.rawValue]) else {
                throw StoreError.gameNotFound(path: path, game: id)
            }
            return try Self.savedGame(db, row: row, path: path)
        }
    }

    /// The most recently saved game that is still running, if any.
    public nonisolated func latestResumableGame() async throws(StoreError) -> SavedGame? {
        let path = self.path
        return try await read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT * FROM game WHERE status = 'running' ORDER BY updated_at DESC, id DESC LIMIT 1
                """)
            else { return nil }
            return try Self.savedGame(db, row: row, path: path)
        }
    }

    /// Every game, most recently played first.
    public nonisolated func games() async throws(StoreError) -> [GameSummary] {
        let path = self.path
        return try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, status, mode, seed, setup_json, human_seat, hands_played, winner_seat, created_at, updated_at
                FROM game ORDER BY updated_at DESC, id DESC
                """).map { row in
                try decoding("game", row, path: path) {
                    let setup = try StoreCoding.decode(GameSetup.self, from: try row.string("setup_json"))
                    let seedText: String = try row.decode(forColumn: "seed")
                    guard let seed = UInt64(seedText) else { throw StoreError.damagedRecord(
                        path: path, table: "game", id: try row.int64("id"), reason: "bad seed \(seedText)") }
                    return GameSummary(
                        id: GameID(try row.int64("id")),
                        status: try rowStatus(row), mode: try row.string("mode"), seed: seed,
                        names: setup.names, personalities: setup.seats.map(\.personality), name: setup.name,
                        humanSeat: try row.optionalInt("human_seat"),
                        handsPlayed: try row.int("hands_played"),
                        winnerSeat: try row.optionalInt("winner_seat"),
                        createdAt: try rowTime(row, "created_at"), updatedAt: try rowTime(row, "updated_at"))
                }
            }
        }
    }

    /// Marks a tournament won by one player as finished (done automatically when the last
    /// action of the tournament is recorded; calling it again is harmless).
    public func finishGame(_ id: GameID) async throws(StoreError) {
        let path = self.path
        let time = StoreCoding.time(now())
        try await write { db in
            let state = try GameRowState.fetch(db, id: id, path: path)
            if state.status == .finished { return }
            guard state.status == .running else { throw StoreError.gameNotRunning(path: path, game: id, status: state.status) }
            let match = try Self.match(db, id: id, path: path)
            guard let winner = match.winner else { throw StoreError.gameNotOver(path: path, game: id) }
            try db.execute(sql: """
                UPDATE game SET status = 'finished', winner_seat = ?, ended_at = ?, updated_at = ? WHERE id = ?
                """, arguments: [winner, time, time, id.rawValue])
        }
    }

    /// Gives up a running game: it stays in the history but is no longer offered for resume.
    public func abandonGame(_ id: GameID) async throws(StoreError) {
        let path = self.path
        let time = StoreCoding.time(now())
        try await write { db in
            let state = try GameRowState.fetch(db, id: id, path: path)
            switch state.status {
            case .abandoned: return
            case .finished: throw StoreError.gameNotRunning(path: path, game: id, status: .finished)
            case .running:
                try db.execute(sql: "UPDATE game SET status = 'abandoned', ended_at = ?, updated_at = ? WHERE id = ?",
                               arguments: [time, time, id.rawValue])
            }
        }
    }

    // MARK: - Row decoding

    static func savedGame(_ db: Database, row: Row, path: String) throws -> SavedGame {
        let (id, setup, match, status, created, updated) = try decoding("game", row, path: path) {
            let format: Int = try row.int("match_format")
            guard format == matchFormat else { throw StoreError.damagedRecord(
                path: path, table: "game", id: try row.int64("id"), reason: "unknown match format \(format)") }
            return (GameID(try row.int64("id")),
                    try StoreCoding.decode(GameSetup.self, from: try row.string("setup_json")),
                    try StoreCoding.decode(Match.self, from: try row.string("match_json")),
                    try rowStatus(row), try rowTime(row, "created_at"), try rowTime(row, "updated_at"))
        }
        let aiState = try aiStates(db, game: id, path: path)
        let current = match.handsPlayed > 0 ? match.handsPlayed : nil
        let messages = try Self.messages(db, game: id, handNumber: current, path: path)
        return SavedGame(id: id, setup: setup, match: match, status: status, createdAt: created, updatedAt: updated,
                         aiState: aiState, messages: messages)
    }

    static func match(_ db: Database, id: GameID, path: String) throws -> Match {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, match_json FROM game WHERE id = ?", arguments: [id.rawValue])
        else { throw StoreError.gameNotFound(path: path, game: id) }
        return try decoding("game", row, path: path) {
            try StoreCoding.decode(Match.self, from: try row.string("match_json"))
        }
    }

    static func setup(_ db: Database, id: GameID, path: String) throws -> GameSetup {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, setup_json FROM game WHERE id = ?", arguments: [id.rawValue])
        else { throw StoreError.gameNotFound(path: path, game: id) }
        return try decoding("game", row, path: path) {
            try StoreCoding.decode(GameSetup.self, from: try row.string("setup_json"))
        }
    }
}

/// A stored value this version cannot interpret (wrapped into `StoreError.damagedRecord`).
enum StoreCodingError: Error, CustomStringConvertible {
    case unknownValue(String, String)

    var description: String {
        switch self {
        case let .unknownValue(column, value): "\(column) holds '\(value)'"
        }
    }
}
