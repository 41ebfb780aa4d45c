import PokerEngine
import PokerStore
import Testing
@testable import PokerTUI

/// HUD statistics computed from hand logs: facts a player would check by hand.
@Suite struct HUDStatsTests {
    static let names = ["Ada", "Bo", "Cy"]

    /// Three players (position 0 small blind, 1 big blind, 2 button), seats 0, 1, 2.
    static func hand(seed: UInt64, _ moves: [(Int, Action)]) throws -> HUDStats.TableHand {
        var generator = SeededGenerator(seed: seed)
        let config = HandConfig.standard(stacks: [1_000, 1_000, 1_000], smallBlind: 10, bigBlind: 20)
        var hand = try Hand.start(config, deck: Deck.shuffled(using: &generator))
        for (player, action) in moves { try hand.apply(action, by: player) }
        return HUDStats.TableHand(hand: hand, seats: [0, 1, 2], number: Int(seed), button: 2,
                                  blinds: BlindLevel(smallBlind: 10, bigBlind: 20), level: 0)
    }

    @Test func vpipPfrThreeBetAndAggression() throws {
        // Hand 1: the button raises, the small blind folds, the big blind calls; on the flop the
        // big blind checks, the button bets and the big blind folds.
        let first = try Self.hand(seed: 1, [(2, .betOrRaise(to: 60)), (0, .fold), (1, .checkOrCall),
                                           (1, .checkOrCall), (2, .betOrRaise(to: 80)), (1, .fold)])
        // Hand 2: the button raises, the small blind re-raises (a 3-bet), both others fold.
        let second = try Self.hand(seed: 2, [(2, .betOrRaise(to: 60)), (0, .betOrRaise(to: 180)), (1, .fold), (2, .fold)])
        #expect(first.hand.isComplete && second.hand.isComplete)
        let lines = HUDStats.lines([first, second], seatNames: Self.names, humanSeat: 0)
        #expect(lines.map(\.hands) == [2, 2, 2])
        let (ada, bo, cy) = (lines[0], lines[1], lines[2])
        #expect(ada.isHuman && !bo.isHuman)
        #expect(ada.vpip == 0.5 && ada.pfr == 0.5, "Ada 3-bet once in two hands")
        #expect(ada.threeBet == 0.5, "she folded to the first raise and 3-bet the second")
        #expect(bo.vpip == 0.5 && bo.pfr == 0, "Bo called once, never raised")
        #expect(cy.vpip == 1 && cy.pfr == 1, "Cy raised both hands")
        #expect(cy.aggressionFactor == .infinity, "one postflop bet and no calls: (bets + raises) ÷ 0, not a count")
        var buffer = ScreenBuffer(width: HUDTable.width(nameWidth: 8), height: 4)
        HUDTable.draw(lines, into: &buffer, x: 0, y: 0, nameWidth: 8, capabilities: .full)
        #expect(buffer.textDump().split(separator: "\n")[3].contains("\u{221E}"), "shown as ∞:\n\(buffer.textDump())")
        #expect(bo.wentToShowdown == 0, "Bo saw a flop and folded it")
        // bb/100: Cy won Bo's 60 and the small blind's 10 in hand 1, lost 60 in hand 2.
        #expect(cy.bigBlindsPer100 == Double(70 - 60) / 20 / 2 * 100)
    }

    @Test func theStackSeriesFollowsEverySeat() {
        let series = StackSeries.make(names: Self.names, startingStack: 1_000, humanSeat: 0, hands: [
            ([0, 1, 2], [Chips(900), Chips(1_200), Chips(900)]),
            ([1, 2], [Chips(2_100), Chips(0)]),  // seat 0 had busted before: not dealt in
        ])
        #expect(series.handCount == 2)
        #expect(series.values == [[1_000, 900, 0], [1_000, 1_200, 2_100], [1_000, 900, 0]])
    }

    @Test func theChartDrawsEveryPlayerAndALegend() {
        let series = StackSeries(names: ["Ada", "Adam", "Bo"], values: [[1_000, 1_500, 3_000], [1_000, 500, 0], [1_000, 1_000, 0]],
                                 humanSeat: 0)
        #expect(StackChart.markers(series.names) == ["A", "D", "B"])
        var buffer = ScreenBuffer(width: 40, height: 10)
        StackChart.draw(series, into: &buffer, rect: buffer.bounds, capabilities: .plain)
        assertSnapshot(buffer.textDump(), named: "stack-chart-40x10-ascii")
    }

    @Test func storedHandsGiveTheSameNumbersAsTheirReplays() async throws {
        let (store, game, _) = try await TableFixtures.storeWithGame()
        let stored = try await store.completeHands(game: game)
        let tables = try stored.map { try HUDStats.TableHand(stored: $0) }
        let names = try await store.loadGame(game).setup.names
        let lines = HUDStats.lines(tables, seatNames: names, humanSeat: 0)
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { $0.hands == stored.count }, "nobody busted in eight hands")
        #expect(lines.contains { ($0.vpip ?? 0) > 0 })
    }
}
