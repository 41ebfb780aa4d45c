import Foundation
import HandHistory
import PokerEngine
import Testing
@testable import PokerStore

@Suite struct ReplayTests {
    /// A 500-hand game, every hand stored as it was played: each one replays through the engine
    /// from its stored deck and decisions to its stored events and finishing stacks, and its
    /// stored PHH text replays to the same stacks.
    @Test func everyHandOfA500HandGameReplaysToItsStoredStacks() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try GameStore(path: dir.path())
        let seed: UInt64 = 500
        let config = Play.config(seats: 8, stack: 200_000, seed: seed, handsPerLevel: 60, anteStyle: .everyone)
        var match = try Match(config)
        let game = try await store.createGame(setup: Play.setup(config, humanSeat: nil), match: match)
        while match.handsPlayed < 500 || match.isHandInProgress {
            guard try await Play.step(&match, store: store, game: game, seed: seed, policy: .gentle) else { break }
        }
        #expect(match.handsPlayed == 500, "the test game ended early: make the policy gentler")
        try await ResumeTests.checkNoHandStoredTwiceOrHalf(store, game: game, hands: match.handsPlayed, lastRunning: false)

        var showdowns = 0, sidePots = 0
        for summary in try await store.hands(game: game) {
            let stored = try await store.hand(summary.id)
            let replayed = try stored.replay()
            #expect(replayed.events == stored.events, "hand \(stored.number): events differ on replay")
            #expect(replayed.finishingStacks == stored.finishingStacks, "hand \(stored.number)")
            #expect(stored.finishingStacks?.sum() == stored.config.startingStacks.sum())
            let phh = try #require(stored.phh)
            let parsed = try #require(try PHHReader.parse(phh, source: "hand \(stored.number)", many: false).first?.result.get())
            let outcome = PHHReplayer.replay(parsed, source: "hand \(stored.number)", splitRule: config.splitRule)
            #expect(outcome.status == .match, "hand \(stored.number): \(outcome.error ?? "")")
            #expect(parsed.players == stored.names)
            if summary.showdown == true { showdowns += 1 }
            if stored.events.contains(where: { if case .potAwarded(1, _, _, _, _, _) = $0 { true } else { false } }) {
                sidePots += 1
            }
        }
        #expect(showdowns > 50)
        #expect(sidePots > 0, "no side pot in 500 hands: the test does not cover them")
    }

    @Test func aStoredHandHoldsEverythingAboutIt() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try GameStore(path: dir.path())
        var match = try Match(Play.config(seats: 4, seed: 8))
        let game = try await store.createGame(setup: Play.setup(match.config), match: match)
        try await Play.step(&match, store: store, game: game, seed: 8)
        let hand = try #require(match.hand)
        let running = try await store.hand(game: game, number: 1)
        #expect(!running.isComplete)
        #expect(running.events == hand.events)
        #expect(running.deck.cards == hand.deck.cards)
        #expect(running.seats == match.handSeats)
        #expect(running.buttonSeat == match.button)
        #expect(running.names == match.handSeats.map { Play.setup(match.config).seats[$0].name })
        #expect(running.finishingStacks == nil && running.phh == nil)
        while match.isHandInProgress {
            try await Play.step(&match, store: store, game: game, seed: 8,
                                messages: [StoredMessage(seat: 1, kind: .speech, text: "Raise it, you donkey!")])
        }
        let done = try await store.hand(running.id)
        #expect(done.isComplete)
        #expect(done.events == match.hand?.events)
        #expect(done.finishingStacks == match.hand?.finishingStacks)
        #expect(done.board == match.hand?.board)
        let decisions = try #require(match.hand).events.filter(\.isDecision).count
        #expect(done.messages.count == decisions)
        #expect(done.messages.allSatisfy { $0.text == "Raise it, you donkey!" && $0.handNumber == 1 })
        let summary = try #require(try await store.hands(game: game).first)
        #expect(summary.isComplete && summary.totalPot != nil && summary.winnerSeats?.isEmpty == false)
    }
}
