/// The rank multisets (at most seven cards, at most four of a rank) of one group of ranks.
struct RankGroup {
    struct Multiset { var counts: [Int]; var total: Int; var sum: Int }
    let multisets: [Multiset]
    let maxSum: Int

    init(multipliers: [UInt64]) {
        var result = [Multiset(counts: [], total: 0, sum: 0)]
        for multiplier in multipliers {
            result = result.flatMap { partial in
                (0...min(4, 7 - partial.total)).map { count in
                    Multiset(counts: partial.counts + [count], total: partial.total + count,
                             sum: partial.sum + count * Int(multiplier))
                }
            }
        }
        multisets = result
        maxSum = result.map(\.sum).max() ?? 0
    }
}
