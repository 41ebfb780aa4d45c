import Foundation
import GRDB

/// Turns any failure to read a stored row back into `StoreError.damagedRecord` naming the
/// table, the row and the file.
func decoding<T>(_ table: String, _ row: Row, path: String, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        throw error
    } catch {
        let id: Int64 = (try? row.decode(forColumn: "id")) ?? (try? row.decode(forColumn: "game_id")) ?? -1
        throw StoreError.damagedRecord(path: path, table: table, id: id, reason: "\(error)")
    }
}

/// The current state of one game row, as the write paths need it.
struct GameRowState {
    let id: GameID
    let status: GameStatus
    let seed: String
    let seatCount: Int
    let handsPlayed: Int

    static func fetch(_ db: Database, id: GameID, path: String) throws -> GameRowState {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT id, status, seed, seat_count, hands_played FROM game WHERE id = ?
            """, arguments: [id.rawValue])
        else { throw StoreError.gameNotFound(path: path, game: id) }
        return try decoding("game", row, path: path) {
            let text: String = try row.decode(forColumn: "status")
            guard let status = GameStatus(rawValue: text) else { throw StoreError.damagedRecord(
                path: path, table: "game", id: id.rawValue, reason: "unknown status '\(text)'") }
            return GameRowState(id: id, status: status, seed: try row.decode(forColumn: "seed"),
                                seatCount: try row.decode(forColumn: "seat_count"),
                                handsPlayed: try row.decode(forColumn: "hands_played"))
        }
    }

    /// Throws unless the game is running and `match` belongs to it.
    func requireRunning(_ match: MatchIdentity, path: String) throws {
        guard status == .running else { throw StoreError.gameNotRunning(path: path, game: id, status: status) }
        guard match.seed == seed, match.seatCount == seatCount else {
            throw StoreError.snapshotMismatch(path: path, game: id, reason: "the match has another seed or table size")
        }
    }
}

/// The parts of a match that identify its game.
struct MatchIdentity {
    let seed: String
    let seatCount: Int
}

func rowStatus(_ row: Row) throws -> GameStatus {
    let text: String = try row.decode(forColumn: "status")
    guard let status = GameStatus(rawValue: text) else { throw StoreCodingError.unknownValue("status", text) }
    return status
}

func rowTime(_ row: Row, _ column: String) throws -> Date {
    let text: String = try row.decode(forColumn: column)
    guard let date = StoreCoding.date(text) else { throw StoreCodingError.unknownValue(column, text) }
    return date
}

func rowOptionalTime(_ row: Row, _ column: String) throws -> Date? {
    guard let text: String = try row.decode(forColumn: column) else { return nil }
    guard let date = StoreCoding.date(text) else { throw StoreCodingError.unknownValue(column, text) }
    return date
}

/// Typed column readers (keep big initialisers cheap to type-check).
extension Row {
    func int(_ column: String) throws -> Int { try decode(Int.self, forColumn: column) }
    func optionalInt(_ column: String) throws -> Int? { try decode(Int?.self, forColumn: column) }
    func int64(_ column: String) throws -> Int64 { try decode(Int64.self, forColumn: column) }
    func optionalInt64(_ column: String) throws -> Int64? { try decode(Int64?.self, forColumn: column) }
    func string(_ column: String) throws -> String { try decode(String.self, forColumn: column) }
    func optionalString(_ column: String) throws -> String? { try decode(String?.self, forColumn: column) }
    func optionalDouble(_ column: String) throws -> Double? { try decode(Double?.self, forColumn: column) }
    func bool(_ column: String) throws -> Bool { try decode(Bool.self, forColumn: column) }
    func optionalBool(_ column: String) throws -> Bool? { try decode(Bool?.self, forColumn: column) }
}

extension Row {
    func double(_ column: String) throws -> Double { try decode(Double.self, forColumn: column) }
}
