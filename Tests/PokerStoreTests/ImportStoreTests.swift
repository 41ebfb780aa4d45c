import Foundation
import GRDB
import HandHistory
import PokerEngine
import Testing
@testable import PokerStore

/// Imported hand histories in the store: a finished game of their own, hands that replay like
/// ours, no duplicates on a second import, 10-seat tables.
@Suite struct ImportStoreTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pokerstars")

    static func imported(_ name: String) throws -> [ImportedHand] {
        let path = fixtures.appendingPathComponent(name).path
        return try PokerStarsImporter.read(try String(contentsOfFile: path, encoding: .utf8), source: path).map { try $0.get() }
    }

    @Test func importedHandsFormAGameAndReplayLikeOurOwn() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try GameStore(path: dir.path())
        let hands = try Self.imported("features.txt")
        let summary = try await store.importHands(hands, name: "May sessions")
        #expect(summary.games.count == 3, "one game per table")
        #expect(summary.hands.count == 4 && summary.duplicates == 0)
        let listed = try await store.games().sorted { $0.id.rawValue < $1.id.rawValue }
        #expect(listed.map(\.id) == summary.games)
        #expect(listed.allSatisfy { $0.mode == "imported" && $0.status == .finished })
        #expect(listed.map(\.name) == ["May sessions · Alcyone III", "May sessions · 3300001 4", "May sessions · 3300002 1"])
        #expect(listed.map(\.handsPlayed) == [1, 1, 2])
        let game = summary.games[2]
        let saved = try await store.loadGame(summary.games[1])
        #expect(saved.setup.seats.count == 9, "a 9-max table")
        #expect(saved.setup.names[3] == "Hero" && saved.setup.humanSeat == 3)
        #expect(try await store.hands(game: summary.games[0]).first?.winnerNames == ["Hero"])
        #expect(try await store.latestResumableGame() == nil, "an import is not resumable")
        for (id, original) in zip(summary.hands, hands) {
            let stored = try await store.hand(id)
            #expect(stored.isComplete)
            #expect(stored.seats == original.seatNumbers.map { $0 - 1 })
            #expect(stored.buttonSeat == original.buttonSeat - 1)
            #expect(stored.names == original.names)
            let replayed = try stored.replay()
            #expect(replayed.finishingStacks == original.hand.finishingStacks)
            #expect(replayed.config.hiddenHands == original.hand.config.hiddenHands)
            #expect(stored.origin?.siteHand == original.handNumber)
            #expect(stored.origin?.chipDecimals == original.unit.decimals)
            #expect(stored.origin?.heroSeat == original.hero.map { original.seatNumbers[$0] - 1 })
            #expect(stored.phh?.contains("_site_hand = \"\(original.handNumber)\"") == true)
        }
        let cash = try await store.hand(summary.hands[0])
        #expect(cash.origin?.rake == 12 && cash.origin?.currency == "USD")
        // The hands browse, export and count like played ones.
        #expect(try await store.hands(game: game).count == 2)
        let text = try await store.pokerStarsText(game: game)
        #expect(PokerStarsImporter.read(text, source: "again").allSatisfy { (try? $0.get()) != nil })
        let actions = try await store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM action") }
        #expect(actions == hands.map { $0.hand.events.filter(\.isDecision).count }.reduce(0, +))
    }

    @Test func importingTheSameFileTwiceAddsNothing() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try GameStore(path: dir.path())
        let hands = try Self.imported("features.txt")
        _ = try await store.importHands(Array(hands.prefix(2)), name: "first")
        let again = try await store.importHands(hands, name: "second")
        #expect(again.duplicates == 2 && again.hands.count == 2, "only the two new hands")
        let third = try await store.importHands(hands, name: "third")
        #expect(third.games.isEmpty && third.hands.isEmpty && third.duplicates == 4)
        #expect(try await store.games().count == 3)
        let count = try await store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM hand") }
        #expect(count == 4)
    }

    /// PokerStars exports of imported hands are the site's own text: dollars and cents, the
    /// hero's `Dealt to`, the names and hand numbers as written.
    @Test func importedHandsExportAsTheirOriginalText() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try GameStore(path: dir.path())
        let hands = try Self.imported("features.txt")
        let summary = try await store.importHands(hands, name: "May")
        let cash = try await store.pokerStarsText(hand: summary.hands[0], heroSeat: nil)
        #expect(cash.hasPrefix("PokerStars Hand #250000000001:  Hold'em No Limit ($0.05/$0.10 USD)"), "\(cash)")
        #expect(cash.contains("Seat 2: RiverRat ($12.35 in chips)\n"))
        #expect(cash.contains("(Big) Al: posts big blind $0.10\n"))
        #expect(cash.contains("Dealt to Hero [Ah Qd]\n") && cash.contains("Total pot $4.50 | Rake $0.12\n"))
        #expect(cash.hasSuffix("folded before Flop (didn't bet)\n"))
        let game = try await store.hand(summary.hands[2]).game
        let table = try await store.pokerStarsText(game: game)
        let again = PokerStarsImporter.read(table, source: "again.txt").compactMap { try? $0.get() }
        #expect(again.map(\.handNumber) == ["250000000003", "250000000004"])
        #expect(again.map(\.hand.finishingStacks) == hands.suffix(2).map(\.hand.finishingStacks))
        #expect(try await store.importedText(hand: summary.hands[0]) == cash)
    }

    @Test func aTenSeatTableIsStored() async throws {
        var lines = ["PokerStars Hand #270000000001:  Hold'em No Limit (5/10) - 2024/05/03 10:00:00 ET",
                     "Table 'Ten' 10-max Seat #10 is the button"]
        lines += (1...10).map { "Seat \($0): P\($0) (1000 in chips)" }
        lines += ["P1: posts small blind 5", "P2: posts big blind 10", "*** HOLE CARDS ***"]
        lines += (3...10).map { "P\($0): folds" } + ["P1: folds", "Uncalled bet (5) returned to P2", "P2 collected 10 from pot",
                                                     "*** SUMMARY ***", "Total pot 10 | Rake 0"]
        let hands = try PokerStarsImporter.read(lines.joined(separator: "\n"), source: "ten.txt").map { try $0.get() }
        #expect(hands.first?.hand.playerCount == 10)
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try GameStore(path: dir.path())
        let summary = try await store.importHands(hands, name: "ten")
        let game = try #require(summary.games.first)
        #expect(try await store.loadGame(game).setup.seats.count == 10)
        #expect(try await store.hand(summary.hands[0]).seatCount == 10)
    }

    /// `hh import` of our own PokerStars export of a recorded 200-hand game gives back every
    /// hand: actions, stacks, pots and every card the export shows.
    @Test func ourExportOfA200HandGameImportsBackHandForHand() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try GameStore(path: dir.path())
        let seed: UInt64 = 8
        let config = Play.config(seats: 6, stack: 6_000, seed: seed, handsPerLevel: 40)
        var match = try Match(config)
        let game = try await store.createGame(setup: Play.setup(config), match: match)
        while match.handsPlayed < 200 || match.isHandInProgress {
            guard try await Play.step(&match, store: store, game: game, seed: seed, policy: .gentle) else { break }
        }
        let stored = try await store.completeHands(game: game)
        #expect(stored.count == 200)
        let events = stored.flatMap(\.events)
        #expect(events.contains { if case let .potAwarded(pot, _, _, _, _, _) = $0 { pot >= 1 } else { false } }, "side pots")
        #expect(events.contains { if case let .called(_, _, allIn) = $0 { allIn } else { false } }, "all-ins")
        #expect(events.contains { if case .antePosted = $0 { true } else { false } }, "antes")
        let text = try await store.pokerStarsText(game: game)
        let imported = try PokerStarsImporter.read(text, source: "export.txt").map { try $0.get() }
        #expect(imported.count == 200)
        for (hand, original) in zip(imported, stored) {
            let played = try original.replay()
            let label = "hand \(original.number)"
            #expect(hand.seatNumbers == original.seats.map { $0 + 1 }, "\(label)")
            #expect(hand.buttonSeat == original.buttonSeat + 1, "\(label)")
            #expect(hand.hand.config.startingStacks == played.config.startingStacks, "\(label)")
            #expect(hand.hand.events.filter(\.isDecision) == played.events.filter(\.isDecision), "\(label)")
            #expect(hand.hand.events.filter(Self.isPot) == played.events.filter(Self.isPot), "\(label)")
            #expect(hand.hand.finishingStacks == played.finishingStacks, "\(label)")
            #expect(hand.hand.board == played.board, "\(label)")
            #expect(hand.hand.events.filter(Self.isShow) == played.events.filter(Self.isShow), "\(label)")
            if let hero = hand.hero { #expect(hand.hand.holeCards[hero] == played.holeCards[hero], "\(label)") }
        }
    }

    static func isPot(_ event: HandEvent) -> Bool { if case .potAwarded = event { true } else { false } }
    static func isShow(_ event: HandEvent) -> Bool { if case .showed = event { true } else { false } }

    /// A database from before imports (every migration up to `v5-player-notes`) with a game and a
    /// note in it: the game table is rebuilt for 10 seats and everything in it survives, foreign
    /// keys included.
    @Test func theImportMigrationKeepsExistingGames() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let config = Play.config(seats: 4, seed: 3)
        do {
            let store = try GameStore(path: dir.path())
            var match = try Match(config)
            let game = try await store.createGame(setup: Play.setup(config), match: match)
            for _ in 0..<30 { try await Play.step(&match, store: store, game: game, seed: 3) }
            try await store.saveNote(game: game, seat: 2, personality: "gordon ramsay", text: "raises every button")
            try await store.close()
        }
        // Take the file back to v3: undo v4 by hand (the old game table, no imported_hand).
        let queue = try DatabaseQueue(path: dir.path())
        try await queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.inTransaction {
                try db.execute(sql: """
                    DROP TABLE imported_hand;
                    CREATE TABLE game_v3 AS SELECT * FROM game;
                    DROP TABLE game;
                    """)
                let v1 = StoreMigrations.v1Core
                let start = try #require(v1.range(of: "CREATE TABLE game ("))
                let end = try #require(v1.range(of: "CREATE INDEX game_by_status", range: start.upperBound..<v1.endIndex))
                try db.execute(sql: String(v1[start.lowerBound..<end.lowerBound]))
                try db.execute(sql: "INSERT INTO game SELECT * FROM game_v3; DROP TABLE game_v3;")
                try db.execute(sql: "CREATE INDEX game_by_status ON game (status, updated_at)")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v4-hand-import'")
                return .commit
            }
        }
        let before = try await queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM hand") ?? 0, try String.fetchOne(db, sql: "SELECT match_json FROM game"))
        }
        try queue.close()
        #expect(before.0 > 0)
        let store = try GameStore(path: dir.path())
        #expect(try await store.appliedMigrations().last == "v4-hand-import")
        let games = try await store.games()
        #expect(games.count == 1)
        let game = try #require(games.first?.id)
        let after = try await store.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM hand") ?? 0, try String.fetchOne(db, sql: "SELECT match_json FROM game"),
             try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
             try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'game'") ?? "")
        }
        #expect(after.0 == before.0 && after.1 == before.1)
        #expect(after.2 == 0)
        #expect(after.3.contains("BETWEEN 2 AND 10"))
        #expect(try await store.notes(game: game) == [2: "raises every button"])
        // The game still resumes and its hands still cascade with it.
        var match = try await store.loadGame(game).match
        try await Play.step(&match, store: store, game: game, seed: 3)
        try await store.pool.write { db in try db.execute(sql: "DELETE FROM game WHERE id = ?", arguments: [game.rawValue]) }
        #expect(try await store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM hand") } == 0)
    }
}
