/// Canonical names for deals under a group of suit permutations.
struct DealCanonicalizer {
    let symmetries: [SuitPermutation]

    /// The smallest relabelling of `deal` (by combo indices, player by player).
    func key(_ deal: [HoleCards]) -> [UInt16] {
        var best = deal.map { UInt16($0.index) }
        for permutation in symmetries.dropFirst() {
            let candidate = deal.map { UInt16(permutation.apply($0).index) }
            if candidate.lexicographicallyPrecedes(best) { best = candidate }
        }
        return best
    }
}
