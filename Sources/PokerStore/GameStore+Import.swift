import Foundation
import GRDB
import HandHistory
import PokerEngine

/// What one import stored.
public struct ImportSummary: Hashable, Sendable {
    /// The games the new hands went into, one per table (none when every hand was already stored).
    public let games: [GameID]
    /// The new hands, in file order.
    public let hands: [HandID]
    /// Hands already in the database (by site and hand number), skipped.
    public let duplicates: Int
}

extension GameStore {
    /// Stores imported hands as finished games (mode `imported`, named `name`), one per table
    /// so that a game's seats are one table's physical seats, in one transaction: a hand row per
    /// hand (configuration, deck, events, pots, PHH), its action rows, and its `imported_hand`
    /// row (site, hand number, file, original text). Hands whose site and number are already
    /// stored are skipped, so importing a file twice adds nothing. Each seat is named after the
    /// player who sat there most often (every hand keeps its own names).
    public func importHands(_ hands: [ImportedHand], name: String) async throws(StoreError) -> ImportSummary {
        let path = self.path
        let time = StoreCoding.time(now())
        return try await write { db in
            var seen = Set<String>()
            var fresh: [ImportedHand] = []
            for hand in hands where seen.insert(hand.site + "#" + hand.handNumber).inserted {
                let stored = try Bool.fetchOne(db, sql: "SELECT 1 FROM imported_hand WHERE site = ? AND site_hand = ?",
                                               arguments: [hand.site, hand.handNumber]) ?? false
                if !stored { fresh.append(hand) }
            }
            var tables: [(key: String, hands: [ImportedHand])] = []
            for hand in fresh {
                let key = [hand.site, hand.tournament ?? "cash", hand.tableName].joined(separator: "\u{1F}")
                if let i = tables.firstIndex(where: { $0.key == key }) { tables[i].hands.append(hand) } else { tables.append((key, [hand])) }
            }
            var games: [GameID] = [], ids: [HandID] = []
            for table in tables {
                let title = tables.count == 1 ? name : "\(name) · \(table.hands[0].tableName)"
                let game = try Self.insertImportedGame(db, hands: table.hands, name: title, time: time, path: path)
                games.append(game)
                for (index, hand) in table.hands.enumerated() {
                    ids.append(try Self.insertImportedHand(db, hand, game: game, number: index + 1, time: time))
                }
            }
            return ImportSummary(games: games, hands: ids, duplicates: hands.count - fresh.count)
        }
    }

    /// The game row of an import: finished, no seed, physical seats up to the largest table.
    static func insertImportedGame(_ db: Database, hands: [ImportedHand], name: String, time: String, path: String) throws -> GameID {
        let seatCount = min(HandConfig.playerRange.upperBound, max(2, hands.map(\.tableSize).max() ?? 2))
        var counts = Array(repeating: [String: Int](), count: seatCount)
        var heroSeat: Int?
        for hand in hands {
            for (p, seat) in hand.seatNumbers.enumerated() where seat <= seatCount {
                counts[seat - 1][hand.names[p], default: 0] += 1
            }
            if let hero = hand.hero { heroSeat = hand.seatNumbers[hero] - 1 }
        }
        let seats = counts.indices.map { seat in
            let name = counts[seat].max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "Seat \(seat + 1)"
            return SeatSetup(name: name, kind: seat == heroSeat ? .human : .offline)
        }
        var levels: [BlindLevel] = []
        for hand in hands where !levels.contains(hand.blinds) { levels.append(hand.blinds) }
        let first = hands[0]
        let config = MatchConfig(seatCount: seatCount, startingStack: first.hand.config.startingStacks[first.hero ?? 0],
                                 schedule: BlindSchedule(levels: levels, handsPerLevel: max(1, hands.count)), seed: 0)
        let match: Match
        do { match = try Match(config) } catch {
            throw StoreError.invalidValue(path: path, reason: "cannot describe the imported table: \(error)")
        }
        let setup = GameSetup(seats: seats, mode: "imported", match: config, name: name)
        try db.execute(sql: """
            INSERT INTO game (created_at, updated_at, status, mode, seed, seat_count, human_seat, setup_json, config_json,
                              match_json, match_format, hands_played, ended_at)
            VALUES (?, ?, 'finished', 'imported', '0', ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [time, time, seatCount, heroSeat, try StoreCoding.json(setup), try StoreCoding.json(config),
                             try StoreCoding.json(match), matchFormat, hands.count, time])
        return GameID(db.lastInsertedRowID)
    }

    static func insertImportedHand(_ db: Database, _ imported: ImportedHand, game: GameID, number: Int, time: String) throws -> HandID {
        let hand = imported.hand
        let seats = imported.seatNumbers.map { $0 - 1 }
        let level = max(0, (imported.level ?? 1) - 1)
        let started = imported.startedAt.map(StoreCoding.time) ?? time
        try db.execute(sql: """
            INSERT INTO hand (game_id, number, status, started_at, level, button_seat, small_blind, big_blind, ante,
                              seats_json, players_json, config_json, deck, starting_stacks_json, events_json)
            VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [game.rawValue, number, started, level, imported.buttonSeat - 1,
                             imported.blinds.smallBlind.rawValue, imported.blinds.bigBlind.rawValue,
                             imported.blinds.ante.rawValue, try StoreCoding.json(seats), try StoreCoding.json(imported.names),
                             try StoreCoding.json(hand.config), StoreCoding.cards(imported.deck.cards),
                             try StoreCoding.json(hand.config.startingStacks), try StoreCoding.json(hand.events)])
        let id = HandID(db.lastInsertedRowID)
        let rows = ActionRow.rows(events: hand.events, range: hand.events.indices, startingStacks: hand.config.startingStacks,
                                  seats: seats)
        try insert(db, actions: rows, handID: id, time: started)
        try completeHand(db, game: game, handID: id, hand: hand, seats: seats, names: imported.names, number: number,
                         level: level, seatCount: imported.tableSize, button: imported.buttonSeat - 1, time: started,
                         phh: PHHWriter.text(imported.phh))
        try db.execute(sql: """
            INSERT INTO imported_hand (hand_id, site, site_hand, tournament, table_name, source_file, source_line, hero_seat,
                                       chip_decimals, currency, rake, original_text, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id.rawValue, imported.site, imported.handNumber, imported.tournament, imported.tableName,
                             imported.source, imported.firstLine, imported.hero.map { seats[$0] }, imported.unit.decimals,
                             imported.currency, imported.rake.rawValue, imported.text, time])
        return id
    }
}
