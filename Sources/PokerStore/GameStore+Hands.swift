import Foundation
import GRDB
import PokerEngine

extension GameStore {
    /// The hands of a game, in the order they were dealt.
    public nonisolated func hands(game: GameID) async throws(StoreError) -> [HandSummary] {
        let path = self.path
        return try await read { db in
            _ = try GameRowState.fetch(db, id: game, path: path)
            return try Row.fetchAll(db, sql: """
                SELECT id, game_id, number, status, level, button_seat, small_blind, big_blind, ante, board, total_pot,
                       showdown, pots_json, started_at, ended_at, seats_json, players_json
                FROM hand WHERE game_id = ? ORDER BY number
                """, arguments: [game.rawValue]).map { row in try Self.handSummary(row, path: path) }
        }
    }

    /// One hand with everything needed to replay it exactly.
    public nonisolated func hand(_ id: HandID) async throws(StoreError) -> StoredHand {
        let path = self.path
        return try await read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT hand.*, game.seat_count, game.match_json FROM hand JOIN game ON game.id = hand.game_id
                WHERE hand.id = ?
                """, arguments: [id.rawValue])
            else { throw StoreError.handNotFound(path: path, hand: id) }
            return try Self.storedHand(db, row: row, path: path)
        }
    }

    /// Hand `number` (1-based) of a game.
    public nonisolated func hand(game: GameID, number: Int) async throws(StoreError) -> StoredHand {
        let path = self.path
        return try await read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM hand WHERE game_id = ? AND number = ?",
                                              arguments: [game.rawValue, number])
            else { throw StoreError.handNotStarted(path: path, game: game, hand: number) }
            guard let row = try Row.fetchOne(db, sql: """
                SELECT hand.*, game.seat_count, game.match_json FROM hand JOIN game ON game.id = hand.game_id
                WHERE hand.id = ?
                """, arguments: [id])
            else { throw StoreError.handNotFound(path: path, hand: HandID(id)) }
            return try Self.storedHand(db, row: row, path: path)
        }
    }

    /// Every complete hand of a game, oldest first (for exports).
    public nonisolated func completeHands(game: GameID) async throws(StoreError) -> [StoredHand] {
        let path = self.path
        return try await read { db in
            _ = try GameRowState.fetch(db, id: game, path: path)
            return try Row.fetchAll(db, sql: """
                SELECT hand.*, game.seat_count, NULL AS match_json FROM hand JOIN game ON game.id = hand.game_id
                WHERE hand.game_id = ? AND hand.status = 'complete' ORDER BY hand.number
                """, arguments: [game.rawValue]).map { row in try Self.storedHand(db, row: row, path: path) }
        }
    }

    // MARK: - Row decoding

    static func handSummary(_ row: Row, path: String) throws -> HandSummary {
        try decoding("hand", row, path: path) {
            let pots: [StoredPot]? = try (row.decode(String?.self, forColumn: "pots_json")).map {
                try StoreCoding.decode([StoredPot].self, from: $0)
            }
            var winners: [Int]?
            if let pots {
                var seen: [Int] = []
                for pot in pots { for w in pot.winners where !seen.contains(w) { seen.append(w) } }
                winners = seen
            }
            let seats = try StoreCoding.decode([Int].self, from: try row.string("seats_json"))
            let players = try StoreCoding.decode([String].self, from: try row.string("players_json"))
            let names = winners?.map { seat in seats.firstIndex(of: seat).flatMap { players.indices.contains($0) ? players[$0] : nil }
                ?? "Seat \(seat + 1)" }
            return HandSummary(
                id: HandID(try row.int64("id")), game: GameID(try row.int64("game_id")),
                number: try row.int("number"),
                isComplete: try row.decode(String.self, forColumn: "status") == "complete",
                level: try row.int("level"), buttonSeat: try row.int("button_seat"),
                blinds: try blinds(row), board: try StoreCoding.parseCards(try row.string("board")),
                totalPot: try row.decode(Int?.self, forColumn: "total_pot").map { Chips($0) },
                winnerSeats: winners, winnerNames: names, showdown: try row.optionalBool("showdown"),
                startedAt: try rowTime(row, "started_at"), endedAt: try rowOptionalTime(row, "ended_at"))
        }
    }

    static func storedHand(_ db: Database, row: Row, path: String) throws -> StoredHand {
        var hand = try decoding("hand", row, path: path) { () throws -> StoredHand in
            let complete = try row.decode(String.self, forColumn: "status") == "complete"
            let number: Int = try row.int("number")
            var events = try StoreCoding.decode([HandEvent].self, from: try row.string("events_json"))
            if !complete, let json = try row.optionalString("match_json") {
                // A running hand: its current events live in the game's snapshot.
                let match = try StoreCoding.decode(Match.self, from: json)
                if match.handsPlayed == number, let current = match.hand { events = current.events }
            }
            let deckCards = try StoreCoding.parseCards(try row.string("deck"))
            return StoredHand(
                id: HandID(try row.int64("id")), game: GameID(try row.int64("game_id")),
                number: number, isComplete: complete, level: try row.int("level"),
                buttonSeat: try row.int("button_seat"), blinds: try blinds(row),
                seats: try StoreCoding.decode([Int].self, from: try row.string("seats_json")),
                names: try StoreCoding.decode([String].self, from: try row.string("players_json")),
                config: try StoreCoding.decode(HandConfig.self, from: try row.string("config_json")),
                deck: Deck(cards: deckCards), events: events,
                board: try StoreCoding.parseCards(try row.string("board")),
                finishingStacks: try (row.decode(String?.self, forColumn: "finishing_stacks_json")).map {
                    try StoreCoding.decode([Chips].self, from: $0)
                },
                phh: try row.optionalString("phh"), startedAt: try rowTime(row, "started_at"),
                endedAt: try rowOptionalTime(row, "ended_at"), seatCount: try row.int("seat_count"))
        }
        hand.messages = try Self.messages(db, game: hand.game, handNumber: hand.number, path: path)
        hand.origin = try Self.origin(db, hand: hand.id, path: path)
        return hand
    }

    static func origin(_ db: Database, hand: HandID, path: String) throws -> HandOrigin? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM imported_hand WHERE hand_id = ?", arguments: [hand.rawValue])
        else { return nil }
        return try decoding("imported_hand", row, path: path) {
            HandOrigin(site: try row.string("site"), siteHand: try row.string("site_hand"),
                       tournament: try row.optionalString("tournament"), tableName: try row.string("table_name"),
                       sourceFile: try row.string("source_file"), sourceLine: try row.int("source_line"),
                       heroSeat: try row.optionalInt("hero_seat"), chipDecimals: try row.int("chip_decimals"),
                       currency: try row.optionalString("currency"), rake: Chips(try row.int("rake")))
        }
    }

    static func blinds(_ row: Row) throws -> BlindLevel {
        BlindLevel(smallBlind: Chips(try row.int("small_blind")),
                   bigBlind: Chips(try row.int("big_blind")), ante: Chips(try row.int("ante")))
    }
}
