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
    /// Batches (`TreeWalker.walkBatch`): per node of the largest chance-free subtree, the
    /// opponent's reach, the traverser's reach and its values; whether the opponent reaches it;
    /// eight terminals' vectors interleaved, and eight lanes of card sums.
    let batchVectors: UnsafeMutablePointer<Float>
    let batchReached: UnsafeMutablePointer<UInt8>
    let batchOwners: UnsafeMutablePointer<Int32>
    let lanes: UnsafeMutablePointer<SIMD8<Float>>
    let laneOut: UnsafeMutablePointer<SIMD8<Float>>
    let laneSums: UnsafeMutablePointer<SIMD8<Float>>
    let laneZeros: UnsafeMutablePointer<Float>
    let laneSpare: UnsafeMutablePointer<Float>

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
        let (m, n) = (tree.handCount(0), tree.handCount(1))
        let vectors = max(1, tree.largestBatch * (m + n + hands))
        batchVectors = .allocate(capacity: vectors)
        batchVectors.initialize(repeating: 0, count: vectors)
        batchReached = .allocate(capacity: max(1, tree.largestBatch))
        batchReached.initialize(repeating: 0, count: max(1, tree.largestBatch))
        batchOwners = .allocate(capacity: max(2, 2 * tree.largestBatch))
        batchOwners.initialize(repeating: 0, count: max(2, 2 * tree.largestBatch))
        lanes = .allocate(capacity: hands + 1)
        lanes.initialize(repeating: .zero, count: hands + 1)
        laneOut = .allocate(capacity: hands + 1)
        laneOut.initialize(repeating: .zero, count: hands + 1)
        laneSums = .allocate(capacity: 52)
        laneSums.initialize(repeating: .zero, count: 52)
        laneZeros = .allocate(capacity: hands + 1)
        laneZeros.initialize(repeating: 0, count: hands + 1)
        laneSpare = .allocate(capacity: hands + 1)
        laneSpare.initialize(repeating: 0, count: hands + 1)
    }

    deinit {
        base.deallocate()
        cardSums.deallocate()
        indices.deallocate()
        flags.deallocate()
        batchVectors.deallocate()
        batchReached.deallocate()
        batchOwners.deallocate()
        lanes.deallocate()
        laneOut.deallocate()
        laneSums.deallocate()
        laneZeros.deallocate()
        laneSpare.deallocate()
    }

    @inline(__always) func push(_ count: Int) -> UnsafeMutablePointer<Float> {
        precondition(top + count <= capacity, "solver workspace exhausted")
        defer { top += count }
        return base + top
    }

    @inline(__always) func pop(_ count: Int) { top -= count }
}
