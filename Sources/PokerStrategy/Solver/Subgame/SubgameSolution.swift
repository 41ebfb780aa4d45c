import PokerEngine

/// The answer of `SubgameSolver.solve`: the average strategy of both players over the whole tree,
/// how close it is to an equilibrium, and queries by path (`node(at:)`, `values(at:)`).
public struct SubgameSolution: Sendable {
    public let problem: SubgameProblem
    /// Iterations of discounted CFR run.
    public let iterations: Int
    /// Mean gain of a best response against each player's strategy, in chips (0 at an equilibrium).
    public let exploitability: Double
    /// The root decision: actions, strategy per combo, ranges.
    public let root: SolvedNode
    /// What each root action is worth to the acting player, per combo and for its range.
    public let rootValues: ActionValues
    let tree: SubgameTree
    let average: [FixedArray<Float>]

    init(problem: SubgameProblem, tree: SubgameTree, average: [FixedArray<Float>], iterations: Int,
         exploitability: Double) {
        self.problem = problem
        self.tree = tree
        self.average = average
        self.iterations = iterations
        self.exploitability = exploitability
        let reach = Self.reach(tree: tree, average: average, path: [0])
        root = Self.describe(tree: tree, average: average, index: 0, path: [], rootBoard: problem.root.board, reach: reach)
        rootValues = Self.values(tree: tree, average: average, index: 0, reach: reach)
    }

    /// Exploitability as a percentage of the pot at the root.
    public var exploitabilityPercent: Double { exploitability / Double(problem.root.pot.rawValue) * 100 }

    /// Nodes in the solved tree.
    public var treeSize: Int { tree.nodeCount }

    /// The node reached from the root by `path` (actions and dealt cards), or nil when the tree
    /// has no such node (an action the abstraction does not offer, a card a sample left out).
    public func node(at path: [SolverStep]) -> SolvedNode? {
        guard let indices = indices(of: path) else { return nil }
        let reach = Self.reach(tree: tree, average: average, path: indices)
        return Self.describe(tree: tree, average: average, index: indices[indices.count - 1], path: path,
                             rootBoard: problem.root.board, reach: reach)
    }

    /// The action values at the decision reached by `path` (nil when it is not a decision).
    public func values(at path: [SolverStep]) -> ActionValues? {
        guard let indices = indices(of: path), tree.nodes[indices[indices.count - 1]].kind == .decision else {
            return nil
        }
        let reach = Self.reach(tree: tree, average: average, path: indices)
        return Self.values(tree: tree, average: average, index: indices[indices.count - 1], reach: reach)
    }

    private func indices(of path: [SolverStep]) -> [Int]? {
        var indices = [0]
        for step in path {
            guard let next = tree.child(of: indices[indices.count - 1], by: step) else { return nil }
            indices.append(next)
        }
        return indices
    }
}
