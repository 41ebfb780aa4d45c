import Foundation
import PokerEngine
import PokerExperiments
import PokerStore
import Testing

extension EndToEnd {
@Suite struct DuplicateDealTests {
    @Test func everyVariantAndRotationOfADealSetGetsTheSameSeed() throws {
        let spec = try Fixtures.spec(Fixtures.offlineTOML(tournaments: 3, twins: 2))
        let plan = try ExperimentPlan(spec: spec, library: Fixtures.library, file: "test.toml")
        #expect(spec.rotations == 3)
        #expect(plan.keys.count == 3 * 3 * 3)
        for key in plan.keys {
            let game = try plan.newGame(key)
            #expect(game.seed == plan.matchSeed(deal: plan.deal(ofTournament: key.tournament)))
        }
        #expect(Set((0..<3).map { plan.matchSeed(deal: $0) }).count == 3)
        // Across the rotations of one deal set, each entrant sits in each seat once.
        for entrant in 0..<3 {
            #expect(Set((0..<3).map { plan.seat(ofEntrant: entrant, tournament: $0) }) == [0, 1, 2])
            for t in 0..<3 { #expect(plan.entrant(atSeat: plan.seat(ofEntrant: entrant, tournament: t), tournament: t) == entrant) }
        }
    }

    @Test func identicalVariantsPlayIdenticalHandsHandByHand() async throws {
        let (store, dir) = try Fixtures.temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = try Fixtures.spec(Fixtures.offlineTOML(tournaments: 2, hands: 12, twins: 1))
        let runner = ExperimentRunner(store: store, library: Fixtures.library)
        let id = try await runner.create(spec, file: "test.toml")
        let summary = try await runner.run(id)
        #expect(summary.outcome == .completed)
        #expect(summary.gamesComplete == 2 * 3 * 2)
        let games = try await store.experimentGames(id)
        #expect(games.count == 12)
        for t in 0..<6 {
            let pair = games.filter { $0.tournamentIndex == t }
            let control = try #require(pair.first { $0.variant == "control" })
            let twin = try #require(pair.first { $0.variant == "twin1" })
            let a = try await store.completeHands(game: control.game)
            let b = try await store.completeHands(game: twin.game)
            #expect(a.count == b.count && !a.isEmpty)
            for (x, y) in zip(a, b) {
                #expect(x.deck == y.deck, "hand \(x.number) of tournament \(t): decks differ")
                #expect(x.events == y.events, "hand \(x.number) of tournament \(t): play differs")
                #expect(x.finishingStacks == y.finishingStacks)
                #expect(x.seats == y.seats)
            }
        }
    }
}
}
