import Testing
@testable import PokerEngine

/// The reference evaluator is slow in a debug build, so by default it checks every 16th hand of
/// the five-card sweep and 20,000 random hands per size; `POKERFACE_HEAVY_TESTS=1` checks every
/// five-card hand and 300,000 random hands per size.
@Suite struct EvaluatorTests {
    static let referenceStride = heavyTestsEnabled ? 1 : 16
    static let randomSampleSize = heavyTestsEnabled ? 300_000 : 20_000

    @Test func everyFiveCardHandMatchesTheReference() {
        var categoryCounts = [Int](repeating: 0, count: 9)
        var valueSeen = [Bool](repeating: false, count: HandRank.range.upperBound + 1)
        var mismatches = 0, handIndex = 0
        for a in 0..<52 { for b in (a + 1)..<52 { for c in (b + 1)..<52 { for d in (c + 1)..<52 {
            let partial: UInt64 = 1 << a | 1 << b | 1 << c | 1 << d
            for e in (d + 1)..<52 {
                let hand = CardSet(bits: partial | 1 << e)
                let rank = HandEvaluator.evaluate(hand)
                categoryCounts[rank.category.rawValue] += 1
                valueSeen[rank.value] = true
                handIndex += 1
                guard handIndex % Self.referenceStride == 0 else { continue }
                let key = ReferenceEvaluator.key(five: Array(hand))
                if rank.value != ReferenceScale.value(ofKey: key) || rank.category.rawValue != key >> 20 {
                    mismatches += 1
                }
            }
        } } } }
        #expect(categoryCounts.reduce(0, +) == 2_598_960)
        #expect(categoryCounts == OracleCounts.fiveCard)
        #expect(valueSeen.filter { $0 }.count == 7_462)
        #expect(mismatches == 0)
    }

    @Test func referenceScaleHasTheKnownClassCounts() {
        var perCategory = [Int](repeating: 0, count: 9)
        for key in ReferenceScale.keys { perCategory[ReferenceEvaluator.category(ofKey: key)] += 1 }
        #expect(perCategory == OracleCounts.distinctFiveCardClasses)
    }

    @Test(arguments: [5, 6, 7])
    func randomHandsMatchTheReference(size: Int) {
        var generator = SeededGenerator(seed: 0xE7A1 + UInt64(size))
        var mismatches: [[Card]] = []
        for _ in 0..<Self.randomSampleSize / (size - 4) {
            let hand = randomCards(size, using: &generator)
            let expected = ReferenceScale.value(ofKey: ReferenceEvaluator.key(hand))
            if HandEvaluator.evaluate(CardSet(hand)).value != expected { mismatches.append(hand) }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(3))")
    }

    @Test func accumulatorAgreesWithCardSetEvaluation() {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<5_000 {
            let hand = randomCards(7, using: &generator)
            let accumulated = hand.reduce(HandAccumulator.empty) { $0.adding($1) }
            let split = HandAccumulator(CardSet(hand.prefix(2))) + HandAccumulator(CardSet(hand.dropFirst(2)))
            #expect(accumulated.value == HandEvaluator.evaluate(CardSet(hand)).value)
            #expect(split == accumulated)
            #expect(accumulated.count == 7)
        }
    }

    @Test func scaleEndpoints() {
        #expect(HandEvaluator.evaluate(cards("7c 5d 4h 3s 2c")).value == 1)
        #expect(HandEvaluator.evaluate(cards("Ah Kh Qh Jh Th")).value == 7_462)
        #expect(HandEvaluator.evaluate(cards("Ah Kh Qh Jh Th 9h 8h")).value == 7_462)
        #expect(HandEvaluator.evaluate(cards("5s 4s 3s 2s As")).category == .straightFlush)
        #expect(HandEvaluator.evaluate(cards("5s 4s 3s 2s As")) < HandEvaluator.evaluate(cards("6s 5s 4s 3s 2s")))
        #expect(HandEvaluator.evaluate(cards("5s 4d 3s 2s Ac")) < HandEvaluator.evaluate(cards("6s 5d 4s 3s 2c")))
        #expect(HandRank.worst.category == .highCard && HandRank.best.category == .straightFlush)
    }
}
