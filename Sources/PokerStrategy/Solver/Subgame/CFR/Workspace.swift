/// Scratch memory for one traversal: a stack of `Float` frames sized once for the deepest path,
/// so an iteration allocates nothing. Plus the 52 per-card sums of the showdown evaluator.
final class Workspace {
    let base: UnsafeMutablePointer<Float>
    let capacity: Int
    private(set) var top = 0
    let cardSums: UnsafeMutablePointer<Float>
    /// Scratch for a list of hand numbers.
    let indices: UnsafeMutablePointer<Int32>
    /// One flag per tree node (the strategy cache of `TreeWalker`), all zero at first.
    let flags: UnsafeMutablePointer<UInt8>

    /// Room for `depth` frames of the largest node: (2 × actions + 4) vectors of the larger hand count.
    init(tree: SubgameTree) {
        let hands = max(tree.handCount(0), tree.handCount(1))
        capacity = (tree.depth + 2) * (2 * tree.maxActions + 4) * hands
        base = .allocate(capacity: capacity)
        base.initialize(repeating: 0, count: capacity)
        cardSums = .allocate(capacity: 52)
        cardSums.initialize(repeating: 0, count: 52)
        indices = .allocate(capacity: max(hands, 1))
        indices.initialize(repeating: 0, count: max(hands, 1))
        flags = .allocate(capacity: tree.nodeCount)
        flags.initialize(repeating: 0, count: tree.nodeCount)
    }

    deinit {
        base.deallocate()
        cardSums.deallocate()
        indices.deallocate()
        flags.deallocate()
    }

    @inline(__always) func push(_ count: Int) -> UnsafeMutablePointer<Float> {
        precondition(top + count <= capacity, "solver workspace exhausted")
        defer { top += count }
        return base + top
    }

    @inline(__always) func pop(_ count: Int) { top -= count }
}
