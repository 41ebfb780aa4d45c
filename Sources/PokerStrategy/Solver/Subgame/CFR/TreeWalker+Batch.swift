extension TreeWalker {
    /// A whole subtree without chance nodes (a river subtree, or a tree that ends with this
    /// street's equity) in three sweeps instead of a recursion, so its terminals can be evaluated
    /// eight at a time (`TreeWalker+Lanes`):
    ///
    /// 1. down, in node order (parents come first): each node's opponent reach, and in training
    ///    the traverser's own reach, from its parent's and the acting player's strategy;
    /// 2. the terminals, in batches of eight with the same kind, one sweep per batch;
    /// 3. up, in reverse order: each decision's value from its children (`finishOwn` for the
    ///    traverser's decisions — the same updates as the recursive walk).
    ///
    /// Node `root` is local node 0; nodes `first ..< end` are local nodes 1…; each local node has
    /// one opponent-reach, one own-reach and one value vector in `workspace.batchVectors`.
    func walkBatch(_ root: Int, end: Int, traverser i: Int, oppReach: UnsafePointer<Float>,
                   ownReach: UnsafePointer<Float>, result: UnsafeMutablePointer<Float>) {
        let o = 1 - i, n = hands(i), m = hands(o)
        let first = nodes[root].firstChild, count = end - first + 1
        let width = m + 2 * n
        let vectors = workspace.batchVectors, reached = workspace.batchReached
        @inline(__always) func global(_ j: Int) -> Int { j == 0 ? root : first + j - 1 }
        @inline(__always) func local(_ index: Int) -> Int { index - first + 1 }
        @inline(__always) func opp(_ j: Int) -> UnsafeMutablePointer<Float> { vectors + j * width }
        @inline(__always) func own(_ j: Int) -> UnsafeMutablePointer<Float> { vectors + j * width + m }
        @inline(__always) func value(_ j: Int) -> UnsafeMutablePointer<Float> { vectors + j * width + m + n }

        // A child shares its parent's vector for the player who did not act (no copy): `oppOf`
        // and `ownOf` name the local node whose vector is used.
        let owners = workspace.batchOwners
        @inline(__always) func oppOf(_ j: Int) -> UnsafeMutablePointer<Float> { opp(Int(owners[2 * j])) }
        @inline(__always) func ownOf(_ j: Int) -> UnsafeMutablePointer<Float> { own(Int(owners[2 * j + 1])) }
        opp(0).update(from: oppReach, count: m)
        own(0).update(from: ownReach, count: n)
        owners[0] = 0
        owners[1] = 0
        reached[0] = 1
        for j in 0..<count {
            let index = global(j), node = nodes[index]
            guard node.kind == .decision else { continue }
            let k = node.childCount
            let strategy = node.player == i ? ownStrategy(index, node, traverser: i)
                                            : opponentStrategy(index, node, opponent: o)
            for a in 0..<k {
                let c = local(node.firstChild + a)
                if node.player == i {
                    owners[2 * c] = owners[2 * j]
                    owners[2 * c + 1] = Int32(c)
                    reached[c] = reached[j]
                    let row = strategy + a * n, parent = ownOf(j), child = own(c)
                    if mode == .train { for h in 0..<n { child[h] = parent[h] * row[h] } }
                } else {
                    owners[2 * c] = Int32(c)
                    owners[2 * c + 1] = owners[2 * j + 1]
                    let row = strategy + a * m, parent = oppOf(j), child = opp(c)
                    var bits: UInt32 = 0
                    for h in 0..<m {
                        let r = parent[h] * row[h]
                        child[h] = r
                        bits |= r.bitPattern
                    }
                    reached[c] = bits != 0 ? 1 : 0
                }
            }
        }

        // Folds and showdowns eight per sweep (one board below, so one strength table).
        var folds = TerminalBatch(kind: .fold), others = TerminalBatch(kind: .fold)
        for j in 1..<count {
            let index = global(j), node = nodes[index]
            guard node.kind != .decision else { continue }
            guard reached[j] != 0 else {
                value(j).update(repeating: 0, count: n)
                continue
            }
            switch node.kind {
            case .fold:
                folds.add(local: j, reach: Int(owners[2 * j]), amount: i == 0 ? node.foldPayoff0 : node.foldPayoff1)
                if folds.count == 8 { evaluate(folds, traverser: i, vectors: vectors, width: width); folds.count = 0 }
                continue
            case .equity:
                // One matrix product per terminal: eight at once measured slower (no AVX here).
                equityValues(node, traverser: i, oppReach: oppOf(j), result: value(j))
                continue
            default:
                let kind = TerminalBatch.Kind.showdown(table: node.table)
                if others.count > 0, others.kind != kind { evaluate(others, traverser: i, vectors: vectors, width: width); others.count = 0 }
                others.kind = kind
            }
            others.add(local: j, reach: Int(owners[2 * j]), amount: node.halfPot)
            if others.count == 8 { evaluate(others, traverser: i, vectors: vectors, width: width); others.count = 0 }
        }
        if folds.count > 0 { evaluate(folds, traverser: i, vectors: vectors, width: width) }
        if others.count > 0 { evaluate(others, traverser: i, vectors: vectors, width: width) }

        for j in stride(from: count - 1, through: 0, by: -1) {
            let index = global(j), node = nodes[index]
            guard node.kind == .decision else { continue }
            let out = j == 0 ? result : value(j)
            // Children are consecutive nodes, so their values are `width` apart.
            let children = value(local(node.firstChild))
            if node.player == i {
                let strategy = mode == .train ? UnsafePointer(current(i) + node.storage) : UnsafePointer(regrets(i) + node.storage)
                finishOwn(node, traverser: i, values: children, stride: width, strategy: strategy, ownReach: ownOf(j),
                          result: out)
            } else {
                out.update(from: children, count: n)
                for a in 1..<node.childCount {
                    let child = children + a * width
                    for h in 0..<n { out[h] += child[h] }
                }
            }
        }
    }
}

/// Up to eight terminals of one kind evaluated together: their local node numbers and amounts
/// (half pot for a showdown, the traverser's payoff for a fold).
struct TerminalBatch {
    enum Kind: Equatable { case fold, showdown(table: Int) }

    var kind: Kind
    var count = 0
    /// Per lane: the terminal's local node (where its value goes) and the local node whose
    /// opponent-reach vector it uses.
    var locals: (Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0)
    var reaches: (Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0)
    var amounts = SIMD8<Float>()

    init(kind: Kind) { self.kind = kind }

    mutating func add(local: Int, reach: Int, amount: Float) {
        withUnsafeMutableBytes(of: &locals) { $0.storeBytes(of: local, toByteOffset: count * MemoryLayout<Int>.stride, as: Int.self) }
        withUnsafeMutableBytes(of: &reaches) { $0.storeBytes(of: reach, toByteOffset: count * MemoryLayout<Int>.stride, as: Int.self) }
        amounts[count] = amount
        count += 1
    }

    func local(_ lane: Int) -> Int {
        withUnsafeBytes(of: locals) { $0.load(fromByteOffset: lane * MemoryLayout<Int>.stride, as: Int.self) }
    }

    func reach(_ lane: Int) -> Int {
        withUnsafeBytes(of: reaches) { $0.load(fromByteOffset: lane * MemoryLayout<Int>.stride, as: Int.self) }
    }
}
