import PokerEngine

/// The solver's game tree for one `SubgameProblem`: nodes in one flat array plus everything the
/// terminals need (hands, strength tables, equity matrices). Immutable once built.
///
/// Values inside the tree are shifted per player so the game is zero-sum: player `p`'s payoff is
/// its net chip result from the root minus `bias[p]`, where `bias[p]` = half the chips that were
/// in the middle before this street plus its own bet on this street — exactly what it gets back
/// on a tie, whatever happens later. So a showdown is worth ±half the final pot and a tie 0.
struct SubgameTree: Sendable {
    let nodes: FixedArray<TreeNode>
    /// Per node: the betting state, the board, and the step that led to it.
    let states: [BettingState]
    let boards: [CardSet]
    let incoming: [SolverStep?]
    /// Per node: the card dealt to reach it (255 when it was reached by an action).
    let dealtCard: FixedArray<UInt8>
    /// For a decision with no chance node below, at the root or right after a dealt card: one
    /// past the last node of its subtree, which is that node plus the consecutive range from its
    /// first child (`TreeWalker.walkBatch`). -1 for other nodes.
    let batchEnd: FixedArray<Int32>
    /// Nodes in the largest such subtree.
    let largestBatch: Int
    let hands: [PlayerHands]
    let sameCombo: [FixedArray<Int32>]
    let handsByCard: [(offsets: FixedArray<Int32>, hands: FixedArray<Int32>)]
    let tables: StrengthTables
    let equitySources: [EquitySource]
    let matrices: [EquityMatrix]
    let bias: [Double]
    /// Per player: regrets and strategy sums needed (sum over its decisions of actions × hands).
    let storageSize: [Int]
    /// Deepest path, in nodes (sizes the scratch space).
    let depth: Int
    let maxActions: Int
    /// Σ over compatible pairs of w₀(h)·w₁(h'): the weight of all deals together.
    let pairWeight: Double

    var nodeCount: Int { nodes.count }

    func handCount(_ player: Int) -> Int { hands[player].count }

    /// The actions of a decision node, in child order.
    func actions(at index: Int) -> [SolverAction] {
        let node = nodes[index]
        guard node.kind == .decision else { return [] }
        return (node.firstChild ..< node.firstChild + node.childCount).compactMap {
            if case let .action(action) = incoming[$0] { action } else { nil }
        }
    }

    /// The node reached from `index` by `step`, if the tree has it.
    func child(of index: Int, by step: SolverStep) -> Int? {
        let node = nodes[index]
        guard node.kind == .decision || node.kind == .chance else { return nil }
        return (node.firstChild ..< node.firstChild + node.childCount).first { incoming[$0] == step }
    }
}
