extension PreflopEquityTable {
    /// Equity of `hand` against a weighted range, combos that share a card with `hand` left out:
    /// the weight-averaged equity against each combo (every combo leaves 1,712,304 boards, so
    /// this is the exact all-in equity). Nil when no combo of the range is possible.
    public func equity(_ hand: HoleCards, vs range: HandRange) -> Double? {
        var total = 0.0, weights = 0.0
        for combo in range.combos {
            guard let equity = equity(hand, vs: combo.cards) else { continue }
            total += combo.weight * equity
            weights += combo.weight
        }
        return weights > 0 ? total / weights : nil
    }

    /// Equity of the first range against the second: every compatible pair of combos, weighted by
    /// the product of their weights. Nil when no pair is compatible.
    public func equity(_ range: HandRange, vs other: HandRange) -> Double? {
        var total = 0.0, weights = 0.0
        for first in range.combos {
            var inner = 0.0, innerWeights = 0.0
            for second in other.combos {
                guard let equity = equity(first.cards, vs: second.cards) else { continue }
                inner += second.weight * equity
                innerWeights += second.weight
            }
            total += first.weight * inner
            weights += first.weight * innerWeights
        }
        return weights > 0 ? total / weights : nil
    }
}
