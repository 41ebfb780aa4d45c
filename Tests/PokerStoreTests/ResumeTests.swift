import Foundation
import GRDB
import PokerEngine
import Testing
@testable import PokerStore

@Suite struct ResumeTests {
    /// Records a whole random tournament action by action; at random points the process "dies"
    /// (sometimes after applying an action it never saved), a new store opens the file, and the
    /// game continues from `loadGame`. The loaded match always equals the last saved one, and
    /// the tournament ends exactly as an uninterrupted run.
    /// Both button rules: the dead button's state (where the small blind and button are due) is
    /// part of the saved match.
    @Test(arguments: [(UInt64(11), Policy.random, ButtonRule.moving), (12, .random, .dead), (13, .gentle, .dead)])
    func aGameResumedAtRandomPointsEndsLikeAnUninterruptedOne(seed: UInt64, policy: Policy, button: ButtonRule) async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        var config = Play.config(seats: 6, stack: 3000, seed: seed)
        config.buttonRule = button
        var reference = try Match(config)
        try await Play.playOut(&reference, seed: seed, policy: policy)

        var store = try GameStore(path: dir.path())
        var match = try Match(config)
        let game = try await store.createGame(setup: Play.setup(config), match: match)
        var saved = match
        var rng = SeededGenerator(seed: seed &* 7)
        var resumes = 0
        while true {
            let roll = Double.random(in: 0..<1, using: &rng) * (policy == .random ? 0.1 : 1)
            if roll < 0.02 {
                // Killed after applying a decision in memory, before saving it.
                if let (seat, action) = Play.decision(match, seed: seed, policy: policy) { _ = try match.apply(action, bySeat: seat) }
            }
            if roll < 0.04 {
                store = try GameStore(path: dir.path())
                let loaded = try await store.loadGame(game)
                #expect(loaded.match == saved, "hand \(saved.handsPlayed): the loaded match differs from the saved one")
                #expect(loaded.status == (saved.isOver ? .finished : .running))
                match = loaded.match
                resumes += 1
            }
            guard try await Play.step(&match, store: store, game: game, seed: seed, policy: policy) else { break }
            saved = match
        }
        #expect(resumes >= (policy == .random ? 3 : 10))
        #expect(match == reference, "the resumed game ended differently")
        let final = try await store.loadGame(game)
        #expect(final.match == reference)
        #expect(final.status == .finished)
        #expect(try await store.latestResumableGame() == nil)
        let results = try await store.results(game: game)
        #expect(results.map(\.place) == reference.standings.compactMap { reference.places[$0] })
        #expect(results.map(\.seat) == reference.standings)
        #expect(results.first?.eliminatedAtHand == nil)
        #expect(results.dropFirst().allSatisfy { $0.eliminatedAtHand != nil && $0.eliminatedBySeat != nil })
        try await Self.checkNoHandStoredTwiceOrHalf(store, game: game, hands: reference.handsPlayed, lastRunning: false)
    }

    /// The files as a killed process leaves them (database, -wal and -shm copied while the store
    /// is open, mid-hand): they open, and the game loads exactly as last committed.
    @Test func theFilesOfAKilledProcessOpenAndResume() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try GameStore(path: dir.path())
        var match = try Match(Play.config(seed: 21))
        let game = try await store.createGame(setup: Play.setup(match.config), match: match)
        try await store.recordMessages(game: game, [StoredMessage(seat: nil, kind: .system, text: "Shuffle up and deal")])
        for _ in 0..<25 { try await Play.step(&match, store: store, game: game, seed: 21) }
        let copy = dir.path("killed.sqlite")
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: dir.path() + suffix) {
            try FileManager.default.copyItem(atPath: dir.path() + suffix, toPath: copy + suffix)
        }
        #expect(FileManager.default.fileExists(atPath: copy + "-wal"), "the copy should carry an uncheckpointed log")
        let reopened = try GameStore(path: copy)
        let loaded = try await reopened.loadGame(game)
        #expect(loaded.match == match)
        #expect(try await reopened.messages(game: game, handNumber: nil).map(\.text) == ["Shuffle up and deal"])
        while try await Play.step(&match, store: reopened, game: game, seed: 21) {}
        #expect(try await reopened.loadGame(game).status == .finished)
    }

    @Test func theLatestRunningGameIsOfferedForResume() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try GameStore(path: dir.path())
        #expect(try await store.latestResumableGame() == nil)
        var first = try Match(Play.config(seed: 1))
        let a = try await store.createGame(setup: Play.setup(first.config), match: first)
        let second = try Match(Play.config(seed: 2))
        let b = try await store.createGame(setup: Play.setup(second.config), match: second)
        #expect(try await store.latestResumableGame()?.id == b)
        try await Play.step(&first, store: store, game: a, seed: 1)
        #expect(try await store.latestResumableGame()?.id == a)
        try await store.abandonGame(a)
        #expect(try await store.latestResumableGame()?.id == b)
        let games = try await store.games()
        #expect(games.map(\.id) == [a, b])
        #expect(games.first?.status == .abandoned)
        #expect(games.last?.names.first == "Ada")
        #expect(games.last?.seed == 2)
        await #expect(throws: StoreError.gameNotRunning(path: store.path, game: a, status: .abandoned)) {
            try await Play.step(&first, store: store, game: a, seed: 1)
        }
        await #expect(throws: StoreError.gameNotOver(path: store.path, game: b)) { try await store.finishGame(b) }
    }

    @Test func recordingTwiceOrOutOfOrderIsRefused() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try GameStore(path: dir.path())
        let path = store.path
        var match = try Match(Play.config(seed: 5))
        let game = try await store.createGame(setup: Play.setup(match.config), match: match)
        let events = try match.startNextHand()
        try await store.recordHandStarted(game: game, match: match, matchEvents: events)
        await #expect(throws: StoreError.handAlreadyRecorded(path: path, game: game, hand: 1)) {
            try await store.recordHandStarted(game: game, match: match, matchEvents: events)
        }
        guard let (seat, action) = Play.decision(match, seed: 5) else { Issue.record("nobody to act"); return }
        let result = try match.apply(action, bySeat: seat)
        try await store.recordAction(game: game, match: match, newEvents: result.hand)
        await #expect(throws: StoreError.self) {
            try await store.recordAction(game: game, match: match, newEvents: result.hand)
        }
        var other = try Match(Play.config(seed: 6))
        _ = try other.startNextHand()
        await #expect(throws: StoreError.snapshotMismatch(path: path, game: game, reason: "the match has another seed or table size")) {
            try await store.recordHandStarted(game: game, match: other)
        }
        await #expect(throws: StoreError.gameNotFound(path: path, game: GameID(99))) {
            try await store.recordHandStarted(game: GameID(99), match: match)
        }
        // The store still holds exactly one decision.
        let decisions = try await store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM action") }
        #expect(decisions == 1)
    }

    /// Every hand number 1...hands is stored once; a hand row is complete iff its hand ended
    /// (only the current one may be running); action rows match the decisions in the events.
    static func checkNoHandStoredTwiceOrHalf(_ store: GameStore, game: GameID, hands: Int, lastRunning: Bool) async throws {
        let summaries = try await store.hands(game: game)
        #expect(summaries.map(\.number) == Array(1...hands))
        for summary in summaries.dropLast() { #expect(summary.isComplete, "hand \(summary.number) is not complete") }
        #expect(summaries.last?.isComplete == !lastRunning)
        let rows = try await store.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT h.id, h.events_json, h.status, count(a.id) AS n, coalesce(max(a.seq), -1) AS top
                FROM hand h LEFT JOIN action a ON a.hand_id = h.id WHERE h.game_id = ? GROUP BY h.id
                """, arguments: [game.rawValue])
        }
        for row in rows where (row["status"] as String) == "complete" {
            let events = try JSONDecoder().decode([HandEvent].self, from: Data((row["events_json"] as String).utf8))
            let decisions = events.filter(\.isDecision).count
            #expect(row["n"] as Int == decisions)
            #expect(row["top"] as Int == decisions - 1)
        }
    }
}
