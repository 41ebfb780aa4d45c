import Foundation
import PokerAI
import PokerEngine
import PokerStore
import Testing
@testable import PokerGame

@Suite struct GameStateTests {
    @Test func aWholeOfflineTournamentConservesChipsAndTalks() async throws {
        var state = try newGame(seats: 5, seed: 11, stack: 600)
        let runner = GameRunner(controllers: Controllers.offline(for: state), recorder: nil)
        var talk = 0
        let stop = try await runner.play(&state) { _ in }
        #expect(stop == .tournamentOver)
        #expect(state.match.stacks.sum() == Chips(600 * 5))
        #expect(state.match.places.compactMap { $0 }.sorted() == [1, 2, 3, 4, 5])
        talk = state.recentTalk.filter { $0.seat != nil }.count
        #expect(talk > 0, "offline personalities talk")
    }

    @Test func theSameSeedPlaysTheSameTournament() async throws {
        var a = try newGame(seats: 4, seed: 21, stack: 500), b = try newGame(seats: 4, seed: 21, stack: 500)
        _ = try await GameRunner(controllers: Controllers.offline(for: a), recorder: nil).play(&a, maxHands: 25)
        _ = try await GameRunner(controllers: Controllers.offline(for: b), recorder: nil).play(&b, maxHands: 25)
        #expect(a.match == b.match)
    }

    /// Stop, save, reload from the database (AI minds included) and continue: the tournament ends
    /// exactly as an uninterrupted one with the same seed.
    @Test func resumingFromTheStoreContinuesTheIdenticalGame() async throws {
        var straight = try newGame(seats: 5, seed: 33, stack: 500)
        _ = try await GameRunner(controllers: Controllers.offline(for: straight), recorder: nil, analyzeDecisions: false)
            .play(&straight)

        let (store, dir) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        var state = try newGame(seats: 5, seed: 33, stack: 500)
        let recorder = try await GameRecorder.create(store: store, state: state)
        var stop = GameRunner.Stop.handLimit
        while stop != .tournamentOver {
            let runner = GameRunner(controllers: Controllers.offline(for: state), recorder: recorder, analyzeDecisions: false)
            stop = try await runner.play(&state, maxHands: 7)
            let saved = try await store.loadGame(recorder.game)
            state = GameRecorder.restore(saved, personalities: GameState.personalities(for: saved.setup, library: library))
        }
        #expect(state.match.stacks == straight.match.stacks)
        #expect(state.match.places == straight.match.places)
        #expect(state.match.handsPlayed == straight.match.handsPlayed)
        let games = try await store.games()
        #expect(games.first?.status == .finished)
    }

    @Test func theHumanTalkingGetsInCharacterReplies() throws {
        var state = try newGame(seats: 3, seed: 5, stack: 500)
        let target = try #require(state.personalities.min { $0.key < $1.key })
        var replies = 0
        for round in 0..<6 {
            let step = state.humanSays("\(target.value.name), you play like a scared donkey! (\(round))", fromSeat: 99)
            #expect(step.messages.first?.kind == .chat)
            if step.messages.contains(where: { $0.seat == target.key && $0.kind != .chat }) { replies += 1 }
        }
        // Replies are likely, not certain (a character may stay silent); six needles get at least one.
        #expect(replies >= 1)
    }
}
