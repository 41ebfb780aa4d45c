import Testing
@testable import PokerEngine

/// The invariants the evaluator's tables rely on (see `EvaluatorTables`).
@Suite struct EvaluatorTablesTests {
    /// Every multiset of at most seven ranks of a group (at most four of each) has its own sum.
    @Test(arguments: [EvaluatorTables.lowMultipliers, EvaluatorTables.highMultipliers])
    func rankSumsAreUnique(multipliers: [UInt32]) {
        var sums: [UInt64] = [0], totals = [0]
        for multiplier in multipliers {
            var nextSums: [UInt64] = [], nextTotals: [Int] = []
            for (sum, total) in zip(sums, totals) {
                for count in 0...min(4, 7 - total) {
                    nextSums.append(sum + UInt64(count) * UInt64(multiplier))
                    nextTotals.append(total + count)
                }
            }
            (sums, totals) = (nextSums, nextTotals)
        }
        #expect(Set(sums).count == sums.count)
        #expect((sums.max() ?? 0) < 1 << 16)   // each group sum fits its 16-bit field
    }

    @Test func tablesAreSmall() {
        #expect(EvaluatorTables.shared.sizes.slots == 76_155)   // rank multisets of at most seven cards
        #expect(EvaluatorTables.shared.byteCount < 1 << 20)
    }

    @Test func patternScaleMatchesTheKnownClassCounts() {
        var perCategory = [Int](repeating: 0, count: 9)
        for pattern in HandPattern.scale { perCategory[pattern.category.rawValue] += 1 }
        #expect(perCategory == OracleCounts.distinctFiveCardClasses)
        #expect(HandRank.firstValue == [1, 1_278, 4_138, 4_996, 5_854, 5_864, 7_141, 7_297, 7_453])
    }
}
