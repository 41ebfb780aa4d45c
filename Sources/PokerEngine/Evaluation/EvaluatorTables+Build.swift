/// Building the evaluator's tables (once, at first use; about 25 ms in a release build).
extension EvaluatorTables {
    struct Built {
        var values: [UInt16]
        var highBase: [UInt32]
        var lowIndex: [UInt16]
        var flush: [UInt16]
    }

    static func build() -> Built {
        let low = RankGroup(multipliers: lowMultipliers.map(UInt64.init))
        let high = RankGroup(multipliers: highMultipliers.map(UInt64.init))
        // cumulativeLow[t] = number of low multisets with at most t cards.
        var cumulativeLow = [Int](repeating: 0, count: 8)
        for multiset in low.multisets { cumulativeLow[multiset.total] += 1 }
        for total in 1...7 { cumulativeLow[total] += cumulativeLow[total - 1] }

        var lowIndex = [UInt16](repeating: 0, count: low.maxSum + 1)
        let lowByTotal = low.multisets.sorted { $0.total < $1.total }
        for (index, multiset) in lowByTotal.enumerated() { lowIndex[multiset.sum] = UInt16(index) }
        var highBase = [UInt32](repeating: 0, count: high.maxSum + 1)
        var slots = 0
        for multiset in high.multisets {
            highBase[multiset.sum] = UInt32(slots)
            slots += cumulativeLow[7 - multiset.total]
        }
        var values = [UInt16](repeating: 0, count: slots)
        for highSet in high.multisets {
            for lowSet in lowByTotal.prefix(cumulativeLow[7 - highSet.total]) where highSet.total + lowSet.total >= 5 {
                let pattern = HandPattern.bestWithoutFlush(counts: lowSet.counts + highSet.counts)
                values[Int(highBase[highSet.sum]) + Int(lowIndex[lowSet.sum])] = UInt16(HandPattern.value(of: pattern))
            }
        }
        let flush = (0..<(1 << 13)).map { mask in
            mask.nonzeroBitCount >= 5 ? UInt16(HandPattern.value(of: HandPattern.bestFlush(rankMask: mask))) : 0
        }
        return Built(values: values, highBase: highBase, lowIndex: lowIndex, flush: flush)
    }
}
