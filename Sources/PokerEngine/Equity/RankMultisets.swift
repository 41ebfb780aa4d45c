/// Small combinatorial lists for `BoardClassEnumerator`: rank multisets with their board counts,
/// and subsets of one suit's ranks, each with its rank sum (`EvaluatorTables.rankMultipliers`).
enum RankMultisets {
    struct Entry {
        /// Sum of the rank multipliers.
        var key: UInt32
        /// Number of card sets with these ranks, or the 13-bit rank mask for subsets.
        var weight: Int
    }

    /// C(n, k) for n, k ≤ 4.
    static let binomial: [[Int]] = [[1, 0, 0, 0, 0], [1, 1, 0, 0, 0], [1, 2, 1, 0, 0], [1, 3, 3, 1, 0], [1, 4, 6, 4, 1]]

    /// Every multiset of `size` ranks with at most `available[r]` of rank `r`, weighted by the
    /// number of ways to pick such cards: ∏ C(available[r], count of r).
    static func list(size: Int, available: [Int]) -> [Entry] {
        var result: [Entry] = []
        func visit(_ rank: Int, left: Int, key: UInt32, weight: Int) {
            if left == 0 { result.append(Entry(key: key, weight: weight)); return }
            guard rank < 13 else { return }
            for count in 0...min(left, available[rank]) {
                visit(rank + 1, left: left - count,
                      key: key &+ UInt32(count) &* EvaluatorTables.rankMultipliers[rank],
                      weight: weight * binomial[available[rank]][count])
            }
        }
        visit(0, left: size, key: 0, weight: 1)
        return result
    }

    /// Every `size`-subset of the ranks in the 13-bit `mask`; `weight` holds the subset's mask.
    static func subsets(of mask: Int, size: Int) -> [Entry] {
        var result: [Entry] = []
        func visit(_ rank: Int, left: Int, key: UInt32, chosen: Int) {
            if left == 0 { result.append(Entry(key: key, weight: chosen)); return }
            guard rank < 13 else { return }
            if mask & (1 << rank) != 0 {
                visit(rank + 1, left: left - 1, key: key &+ EvaluatorTables.rankMultipliers[rank],
                      chosen: chosen | 1 << rank)
            }
            visit(rank + 1, left: left, key: key, chosen: chosen)
        }
        visit(0, left: size, key: 0, chosen: 0)
        return result
    }
}
