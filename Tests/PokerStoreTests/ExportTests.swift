import Foundation
import HandHistory
import PokerEngine
import Testing
@testable import PokerStore

@Suite struct ExportTests {
    /// A 200-hand game exported as PHH (every hand replays to its stored stacks) and as PokerStars
    /// text (one hand per stored hand, the human's cards as `Dealt to`). With POKERFACE_EXPORT_DIR
    /// set, both files are written there for the PokerKit checks in scripts/pokerkit.
    @Test func a200HandGameExportsAsPHHAndPokerStars() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try GameStore(path: dir.path())
        let config = Play.config(seats: 6, stack: 100_000, seed: 200, handsPerLevel: 25)
        var match = try Match(config)
        let game = try await store.createGame(setup: Play.setup(config, humanSeat: 0), match: match)
        while match.handsPlayed < 200 || match.isHandInProgress {
            guard try await Play.step(&match, store: store, game: game, seed: 200, policy: .gentle) else { break }
        }
        #expect(match.handsPlayed == 200)
        let stored = try await store.completeHands(game: game)
        #expect(stored.count == 200)

        let phh = try await store.phhText(game: game)
        let entries = try PHHReader.parse(phh, source: "game.phhs", many: true)
        #expect(entries.count == 200)
        for (entry, hand) in zip(entries, stored) {
            let outcome = PHHReplayer.replay(try entry.result.get(), source: entry.source, splitRule: config.splitRule)
            #expect(outcome.status == .match, "\(entry.source): \(outcome.error ?? "")")
            #expect(outcome.finishingStacks == hand.finishingStacks)
        }

        let text = try await store.pokerStarsText(game: game)
        let headers = text.split(separator: "\n").filter { $0.hasPrefix("PokerStars Hand #") }
        // Hand numbers come from the game (tournament number × 10,000 + hand number): stable and unique.
        let saved = try await store.loadGame(game)
        let tournament = StoredHand.tournamentNumber(seed: saved.match.config.seed, createdAt: saved.createdAt)
        #expect(headers.map { $0.split(separator: ":")[0] } == stored.map { "PokerStars Hand #\(tournament * 10_000 + Int64($0.number))" })
        #expect(headers.allSatisfy { $0.contains("Tournament #\(tournament), Freeroll Hold'em No Limit - Level ") })
        #expect(try await store.pokerStarsText(game: game) == text, "the same numbers on every export")
        let other = try await store.createGame(setup: Play.setup(config, humanSeat: 0), match: try Match(config))
        let otherSaved = try await store.loadGame(other)
        #expect(StoredHand.tournamentNumber(seed: otherSaved.match.config.seed, createdAt: otherSaved.createdAt) != tournament,
                "another game with the same seed gets other numbers")
        // Everyone busted in a hand gets PokerStars' line for it.
        let busts = try await store.results(game: game).filter { $0.eliminatedAtHand != nil }
        for result in busts {
            #expect(text.contains("finished the tournament in \(result.place)"), "\(result.name)")
        }
        let dealt = text.split(separator: "\n").filter { $0.hasPrefix("Dealt to Ada [") }.count
        #expect(dealt == stored.filter { $0.seats.contains(0) }.count)
        #expect(text.contains(try await store.pokerStarsText(hand: stored[7].id, heroSeat: 0)))
        #expect(!(try await store.pokerStarsText(hand: stored[7].id, heroSeat: nil)).contains("Dealt to"))

        if let out = ProcessInfo.processInfo.environment["POKERFACE_EXPORT_DIR"] {
            try phh.write(toFile: out + "/game.phhs", atomically: true, encoding: .utf8)
            try text.write(toFile: out + "/game-pokerstars.txt", atomically: true, encoding: .utf8)
        }
    }
}
