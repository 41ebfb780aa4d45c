import PokerEngine

/// What one player may hold: a weight for each of the 1,326 combos (by `HoleCards.index`),
/// relative, not normalised. Combos that touch known cards weigh zero.
public struct RangeBelief: Hashable, Sendable {
    public var weights: [Double]

    public init(weights: [Double]) {
        precondition(weights.count == HoleCards.all.count)
        self.weights = weights
    }

    /// Every combo equally likely.
    public static var uniform: RangeBelief { RangeBelief(weights: [Double](repeating: 1, count: HoleCards.all.count)) }

    /// Combos with weight above zero.
    public var comboCount: Int { weights.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } }
    /// Total weight (the number of combos, counted by weight).
    public var mass: Double { weights.reduce(0, +) }

    /// Zero for combos that use any of `cards`.
    public mutating func remove(_ cards: CardSet) {
        guard !cards.isEmpty else { return }
        for (i, hole) in HoleCards.all.enumerated() where !hole.cards.isDisjoint(with: cards) { weights[i] = 0 }
    }

    /// Multiplies every weight by `likelihood[i]` (Bayes with the action's probability per combo).
    /// When the action was (nearly) impossible for every combo, the belief keeps its shape instead
    /// of vanishing: players do surprising things.
    public mutating func update(likelihood: [Double]) {
        let before = mass
        var after = weights
        for i in after.indices { after[i] *= likelihood[i] }
        let total = after.reduce(0, +)
        if total > before * 1e-6 { weights = after }
    }

    /// As a `HandRange` for the equity engine (weights scaled so the largest is 1).
    public var handRange: HandRange {
        let top = weights.max() ?? 0
        guard top > 0 else { return HandRange([]) }
        return HandRange(HoleCards.all.indices.compactMap { i in
            weights[i] > 0 ? HandRange.Combo(HoleCards.all[i], weight: weights[i] / top) : nil
        })
    }

    /// The share of the weight held by `combos`.
    public func share(of combos: some Sequence<Int>) -> Double {
        let total = mass
        guard total > 0 else { return 0 }
        return combos.reduce(0) { $0 + weights[$1] } / total
    }
}
