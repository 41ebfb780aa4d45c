/// One pass over the tree for one player ("the traverser"): the counterfactual value of each of
/// its hands at every node, given the opponent's reach (its range weight times the probability of
/// its actions so far, times chance). Three modes share the code:
///
/// - `train`: both play the current regret-matching strategy; the traverser's regrets and
///   reach-weighted strategy sums are updated with the discounted-CFR factors.
/// - `average`: both play their average strategies (expected values).
/// - `bestResponse`: the traverser picks its best action per hand against the opponent's average
///   strategy (exploitability). Per-hand maximisation is a true best response here because every
///   decision's information set is "this hand at this public node".
///
/// Vectors are raw pointers into the tree's and the workspace's buffers; nothing is allocated.
struct TreeWalker {
    enum Mode { case train, average, bestResponse }

    let tree: SubgameTree
    let mode: Mode
    let nodes: UnsafeMutablePointer<TreeNode>
    let workspace: Workspace
    /// Train: regrets and strategy sums per player. Average / best response: the normalised
    /// average strategy per player (in `regrets`; `sums` unused).
    let regrets: (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>)
    let sums: (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>)
    /// Train: each player's current (regret-matching) strategy, and per node whether it is up to
    /// date: a player's regrets only change in its own pass, so the strategy computed while it
    /// was the opponent serves its next own pass unchanged (halving regret matching).
    let current: (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>)
    let fresh: UnsafeMutablePointer<UInt8>
    /// Whether chance-free subtrees are walked in batches (`walkBatch`); off only to compare the two.
    var batchesSubtrees = true
    /// Discounted-CFR factors of this iteration (train only).
    let positiveFactor: Float
    let negativeFactor: Float
    let strategyFactor: Float

    init(tree: SubgameTree, mode: Mode, workspace: Workspace,
         strategies: (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>),
         sums: (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>)? = nil,
         current: (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>)? = nil,
         fresh: UnsafeMutablePointer<UInt8>? = nil,
         factors: (positive: Double, negative: Double, strategy: Double) = (1, 1, 1)) {
        self.tree = tree
        self.mode = mode
        nodes = tree.nodes.base
        self.workspace = workspace
        regrets = strategies
        self.sums = sums ?? strategies
        self.current = current ?? strategies
        self.fresh = fresh ?? workspace.flags
        positiveFactor = Float(factors.positive)
        negativeFactor = Float(factors.negative)
        strategyFactor = Float(factors.strategy)
    }

    @inline(__always) func hands(_ p: Int) -> Int { p == 0 ? tree.hands[0].count : tree.hands[1].count }
    @inline(__always) func regrets(_ p: Int) -> UnsafeMutablePointer<Float> { p == 0 ? regrets.0 : regrets.1 }
    @inline(__always) func sums(_ p: Int) -> UnsafeMutablePointer<Float> { p == 0 ? sums.0 : sums.1 }
    @inline(__always) func current(_ p: Int) -> UnsafeMutablePointer<Float> { p == 0 ? current.0 : current.1 }

    /// Writes the traverser's counterfactual values at `index` into `result` (one per hand).
    /// `ownReach` (train only) is the traverser's own probability of reaching the node per hand.
    func walk(_ index: Int, traverser i: Int, oppReach: UnsafePointer<Float>, ownReach: UnsafePointer<Float>,
              result: UnsafeMutablePointer<Float>) {
        let node = nodes[index]
        switch node.kind {
        case .fold:
            foldValues(payoff: i == 0 ? node.foldPayoff0 : node.foldPayoff1, traverser: i, oppReach: oppReach,
                       result: result)
        case .showdown:
            result.update(repeating: 0, count: hands(i))
            addShowdown(table: node.table, amount: node.halfPot, traverser: i, oppReach: oppReach, result: result)
        case .equity:
            equityValues(node, traverser: i, oppReach: oppReach, result: result)
        case .chance:
            chanceValues(node, traverser: i, oppReach: oppReach, ownReach: ownReach, result: result)
        case .decision where batchesSubtrees && tree.batchEnd[index] >= 0:
            walkBatch(index, end: Int(tree.batchEnd[index]), traverser: i, oppReach: oppReach,
                      ownReach: ownReach, result: result)
        case .decision where node.player == i:
            ownDecision(index, node, traverser: i, oppReach: oppReach, ownReach: ownReach, result: result)
        case .decision:
            opponentDecision(index, node, traverser: i, oppReach: oppReach, ownReach: ownReach, result: result)
        }
    }

    /// Cards dealt below a chance node: the opponent's hands holding the card drop out, the
    /// traverser's hands holding it score nothing there.
    private func chanceValues(_ node: TreeNode, traverser i: Int, oppReach: UnsafePointer<Float>,
                              ownReach: UnsafePointer<Float>, result: UnsafeMutablePointer<Float>) {
        let o = 1 - i, n = hands(i), m = hands(o)
        let scaled = workspace.push(m), child = workspace.push(n)
        defer { workspace.pop(m + n) }
        let scale = node.chanceScale
        for h in 0..<m { scaled[h] = oppReach[h] * scale }
        result.update(repeating: 0, count: n)
        let (oppOffsets, oppHands) = tree.handsByCard[o]
        let (ownOffsets, ownHands) = tree.handsByCard[i]
        for k in 0..<node.childCount {
            let c = Int(tree.dealtCard[node.firstChild + k])
            for x in Int(oppOffsets[c]) ..< Int(oppOffsets[c + 1]) { scaled[Int(oppHands[x])] = 0 }
            walk(node.firstChild + k, traverser: i, oppReach: scaled, ownReach: ownReach, result: child)
            for x in Int(oppOffsets[c]) ..< Int(oppOffsets[c + 1]) {
                let h = Int(oppHands[x])
                scaled[h] = oppReach[h] * scale
            }
            for x in Int(ownOffsets[c]) ..< Int(ownOffsets[c + 1]) { child[Int(ownHands[x])] = 0 }
            for h in 0..<n { result[h] += child[h] }
        }
    }
}
