import Foundation
import PokerEngine
import Testing
@testable import PokerStore

/// What the table keeps in the store beyond hands: tied finishing places and the human's notes.
@Suite struct TableFeatureStoreTests {
    /// Three equal stacks all in on hand 1: when one player takes everything, the two others tie
    /// for 2nd, and the store takes both rows (the old `UNIQUE (game_id, place)` refused them).
    @Test func playersTiedForAPlaceAreBothRecorded() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try GameStore(path: dir.path())
        var recorded = 0
        for seed in UInt64(1)...40 {
            let config = Play.config(seats: 3, seed: seed)
            var match = try Match(config)
            let game = try await store.createGame(setup: Play.setup(config), match: match)
            let started = try match.startNextHand()
            _ = try await store.recordHandStarted(game: game, match: match, matchEvents: started)
            while let seat = match.seatToAct, let legal = match.hand?.legalActions {
                let action: Action = legal.maxRaiseTo.map { .betOrRaise(to: $0) } ?? .checkOrCall
                let before = match.hand?.events.count ?? 0
                let result = try match.apply(action, bySeat: seat)
                try await store.recordAction(game: game, match: match, newEvents: (match.hand?.events ?? [])[before...],
                                             matchEvents: result.match)
            }
            guard match.isOver else { continue }
            recorded += 1
            let results = try await store.results(game: game)
            #expect(results.map(\.place) == [1, 2, 2], "seed \(seed)")
            #expect(try await store.loadGame(game).status == .finished)
        }
        #expect(recorded > 0)
    }

    @Test func notesOnPlayersAreKeptWithTheGame() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try GameStore(path: dir.path())
        let config = Play.config(seed: 4)
        let game = try await store.createGame(setup: Play.setup(config), match: try Match(config))
        let other = try await store.createGame(setup: Play.setup(config), match: try Match(config))
        try await store.saveNote(game: game, seat: 2, personality: "gordon ramsay", text: "bluffs the river")
        try await store.saveNote(game: game, seat: 3, personality: "eeyore", text: "never raises")
        try await store.saveNote(game: game, seat: 2, personality: "gordon ramsay", text: "bluffs the river; folds to 3-bets")
        #expect(try await store.notes(game: game) == [2: "bluffs the river; folds to 3-bets", 3: "never raises"])
        #expect(try await store.notes(game: other).isEmpty, "notes belong to their game")
        try await store.saveNote(game: game, seat: 3, personality: "eeyore", text: "")
        #expect(try await store.notes(game: game) == [2: "bluffs the river; folds to 3-bets"])
        // Reopened read-only, the notes are still there.
        try await store.close()
        let reader = try GameStore(path: dir.path(), access: .readExisting)
        #expect(try await reader.notes(game: game)[2] == "bluffs the river; folds to 3-bets")
    }
}
