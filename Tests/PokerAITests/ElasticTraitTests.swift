import Testing
@testable import PokerAI

@Suite struct ElasticTraitTests {
    @Test(arguments: [
        // anchor, elasticity, pressure pushes, expected value
        (0.5, 0.2, [0.5], 0.6),
        (0.5, 0.2, [1.0], 0.7),
        (0.5, 0.2, [3.0], 0.7),           // capped at anchor + elasticity
        (0.5, 0.2, [-3.0], 0.3),          // capped at anchor − elasticity
        (0.9, 0.3, [1.0], 1.0),           // bound cut by 1
        (0.9, 0.3, [-1.0], 0.6),
        (0.1, 0.3, [-1.0], 0.0),          // bound cut by 0
        (0.4, 0.0, [1.0, -1.0, 5.0], 0.4), // no elasticity: never moves
        (0.5, 0.4, [0.25, 0.25, -0.25], 0.6),
    ])
    func pressureMovesTheValueWithinAnchorPlusOrMinusElasticity(anchor: Double, elasticity: Double,
                                                                 pushes: [Double], expected: Double) {
        var trait = ElasticTrait(anchor: anchor, elasticity: elasticity, recoveryRate: 0.1)
        for push in pushes { trait.applyPressure(push) }
        #expect(close(trait.value, expected))
        #expect(trait.bounds.contains(trait.value))
    }

    @Test(arguments: [0.05, 0.12, 0.25, 1.0])
    func eachHandRecoversTheRecoveryRateShareOfTheDistanceToTheAnchor(rate: Double) {
        var trait = ElasticTrait(anchor: 0.4, elasticity: 0.3, recoveryRate: rate)
        trait.applyPressure(1)
        for _ in 0..<5 {
            let before = trait.value
            trait.recover()
            #expect(close(trait.value, before + (0.4 - before) * rate))
        }
    }

    @Test func atTheCutBoundRecoveryIsStillExact() {
        // Anchor 0.9, elasticity 0.3: the upper bound is 1, not 1.2; recovery starts from 1.
        var trait = ElasticTrait(anchor: 0.9, elasticity: 0.3, recoveryRate: 0.5)
        trait.applyPressure(10)
        #expect(trait.value == 1)
        trait.recover()
        #expect(close(trait.value, 0.95))
    }

    @Test func recoveryRateZeroKeepsTheDriftAndLongRecoverySettlesOnTheAnchor() {
        var stuck = ElasticTrait(anchor: 0.5, elasticity: 0.2, recoveryRate: 0)
        stuck.applyPressure(1)
        for _ in 0..<50 { stuck.recover() }
        #expect(close(stuck.value, 0.7))
        var loose = ElasticTrait(anchor: 0.5, elasticity: 0.2, recoveryRate: 0.2)
        loose.applyPressure(-1)
        for _ in 0..<200 { loose.recover() }
        #expect(loose.value == 0.5)
    }

    @Test func randomPushesNeverLeaveTheBounds() {
        var generator = SeededGeneratorForTests(seed: 7)
        for _ in 0..<200 {
            let anchor = generator.unit(), elasticity = generator.unit()
            var trait = ElasticTrait(anchor: anchor, elasticity: elasticity, recoveryRate: generator.unit())
            for _ in 0..<20 {
                trait.applyPressure(generator.unit() * 4 - 2)
                if generator.unit() < 0.3 { trait.recover() }
                #expect(trait.bounds.contains(trait.value))
            }
        }
    }

    @Test func elasticTraitsFollowThePersonality() {
        let keeper = character(elasticity: 0.25, recovery: 0.1)
        var traits = ElasticTraits(personality: keeper)
        #expect(traits.values == keeper.traits)
        traits.applyPressure(Traits(aggression: 1, bluffTendency: -1, looseness: 0, chattiness: 0, emojiUsage: 0))
        #expect(close(traits.values.aggression, keeper.traits.aggression + 0.25))
        #expect(close(traits.values.bluffTendency, max(0, keeper.traits.bluffTendency - 0.25)))
        #expect(traits.meanAbsoluteDrift > 0)
    }
}

/// A tiny deterministic generator for property-style loops.
struct SeededGeneratorForTests {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func unit() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) * 0x1p-53
    }
}
