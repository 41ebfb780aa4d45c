import PokerEngine
import PokerTestSupport
import Testing
@testable import PokerStrategy

/// The core's answers at clear spots, and its basic promises (legal, normalised, deterministic).
@Suite struct CoreStrategyTests {
    static func advice(_ hand: Hand, for player: Int, seed: UInt64 = 1) throws -> CoreAdvice {
        try #require(CoreStrategy.advise(view: hand.view(for: player), seed: seed))
    }

    @Test func acesRaiseAndSevenDeuceFoldsFirstIn() throws {
        let aces = try scriptedHand(stacks: Array(repeating: 2_000, count: 6), blinds: [10, 20],
                                    hole: ["8c8d", "AsTc", "AhAd", "5s6s", "7h9c", "KhKd"])
        #expect(try Self.advice(aces, for: 2).frequency(ofType: "bet_or_raise") > 0.99)
        let trash = try scriptedHand(stacks: Array(repeating: 2_000, count: 6), blinds: [10, 20],
                                     hole: ["8c8d", "AsTc", "7c2d", "5s6s", "7h9c", "KhKd"])
        #expect(try Self.advice(trash, for: 2).frequency(of: .fold) > 0.99)
    }

    @Test func theNutsOnTheRiverNeverFoldAndValueBets() throws {
        var hand = try scriptedHand(stacks: Array(repeating: 2_000, count: 6), blinds: [10, 20],
                                    hole: ["8c8d", "QcJc", "2c3d", "5s6s", "7h9c", "AhKh"], board: "Th9h2h5c3s")
        try hand.play([(2, .fold), (3, .fold), (4, .fold), (5, .betOrRaise(to: 50)), (0, .fold), (1, .checkOrCall)])
        try hand.play([(1, .checkOrCall), (5, .betOrRaise(to: 40)), (1, .checkOrCall)])
        try hand.play([(1, .checkOrCall), (5, .checkOrCall)])
        try hand.apply(.checkOrCall, by: 1)
        // The button holds the nut flush on the river, checked to.
        let advice = try Self.advice(hand, for: 5)
        #expect(advice.method == "river solve")
        #expect(advice.frequency(ofType: "bet_or_raise") > 0.8, "\(advice.options)")
        #expect(advice.options.allSatisfy { option in (try? hand.legalActions?.validate(option.action)) != nil })
        #expect(abs(advice.options.reduce(0) { $0 + $1.frequency } - 1) < 1e-9)
    }

    @Test func answersAreDeterministic() throws {
        var hand = try scriptedHand(stacks: Array(repeating: 2_000, count: 2), blinds: [10, 20],
                                    hole: ["QcJc", "AhKh"], board: "Th9h2h5c3s")
        try hand.play([(1, .betOrRaise(to: 60)), (0, .checkOrCall)])
        let first = try Self.advice(hand, for: 0, seed: 5)
        let second = try #require(CoreStrategy.compute(view: hand.view(for: 0), profiles: [:], seed: 5, budget: .standard))
        #expect(first.options == second.options)
    }

    @Test func purificationSharpensButKeepsTheOrder() {
        let advice = CoreAdvice(options: [
            CoreAdvice.Option(kind: .call, action: .checkOrCall, frequency: 0.6),
            CoreAdvice.Option(kind: .fold, action: .fold, frequency: 0.3),
            CoreAdvice.Option(kind: .raise, action: .betOrRaise(to: 100), frequency: 0.1),
        ], method: "test", basis: "")
        let pure = advice.purified()
        #expect(pure.options.count == 2, "options under 15% are dropped")
        #expect(pure.frequency(of: .call) > 0.9 && pure.frequency(of: .fold) > 0)
    }
}
