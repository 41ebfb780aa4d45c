import PokerEngine
@testable import PokerGame

/// All-in adjusted results, a variance reduction for duplicate-deal matches: when two players are
/// all-in before the river, each is credited its equity share of the pot at that moment instead of
/// what the dealt runout gave it. The runout's expectation is exactly that share, so the estimate
/// is unbiased; it only removes the luck of the cards still to come (the decisions are unchanged).
enum AllInAdjustment {
    /// `net` (player index → big blinds) with heads-up all-in runouts replaced by their equity value.
    /// Hands with more than two players at the all-in, or none, are returned unchanged.
    static func adjusted(_ hand: Hand, seating: [Int], net: [Int: Double], bigBlind: Chips) -> [Int: Double] {
        let equity = AllInEquity.compute(hand)
        guard equity.count == 2 else { return net }
        let positions = equity.keys.sorted()
        let matched = positions.map { hand.committed[$0] }.min() ?? .zero
        let contested = matched.inBigBlinds(bigBlind)
        var out = net
        for position in positions {
            out[seating[position]] = (2 * (equity[position] ?? 0) - 1) * contested
        }
        return out
    }
}
