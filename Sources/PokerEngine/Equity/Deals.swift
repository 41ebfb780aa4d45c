/// Deals: one combination per player, no card used twice.
enum Deals {
    /// Calls `body` with every compatible deal and the product of its combos' weights, players
    /// in order, each player's combos in range order.
    static func forEach(_ ranges: [HandRange], _ body: ([HoleCards], Double) -> Void) {
        var deal: [HoleCards] = []
        deal.reserveCapacity(ranges.count)
        func visit(_ player: Int, used: CardSet, weight: Double) {
            guard player < ranges.count else { body(deal, weight); return }
            for combo in ranges[player].combos where combo.cards.cards.isDisjoint(with: used) {
                deal.append(combo.cards)
                visit(player + 1, used: used.union(combo.cards.cards), weight: weight * combo.weight)
                deal.removeLast()
            }
        }
        visit(0, used: CardSet(), weight: 1)
    }

    /// Whether at least one compatible deal exists. Gives up (answering true) after `budget`
    /// search steps; callers sampling deals then guard against endless rejection themselves.
    static func exists(_ ranges: [HandRange], budget: Int = 1_000_000) -> Bool {
        var steps = 0
        func search(_ player: Int, used: CardSet) -> Bool {
            guard player < ranges.count else { return true }
            for combo in ranges[player].combos where combo.cards.cards.isDisjoint(with: used) {
                steps += 1
                if steps > budget || search(player + 1, used: used.union(combo.cards.cards)) { return true }
            }
            return false
        }
        return search(0, used: CardSet())
    }

    /// Product of the range sizes (an upper bound on the number of deals), capped at `cap`.
    static func upperBound(_ ranges: [HandRange], cap: Int) -> Int {
        var product = 1
        for range in ranges {
            let (next, overflow) = product.multipliedReportingOverflow(by: range.count)
            if overflow || next > cap { return cap }
            product = next
        }
        return product
    }
}
