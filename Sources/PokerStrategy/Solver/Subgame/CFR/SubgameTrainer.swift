/// Runs discounted CFR on a `SubgameTree`: alternating updates (player 0, then player 1, each
/// iteration), exploitability checks every `StopRule.checkEvery` iterations, and the final
/// average strategy. One trainer belongs to one solve; it is not shared between threads.
final class SubgameTrainer {
    let tree: SubgameTree
    let schedule: DiscountSchedule
    let workspace: Workspace
    let regrets: [MutableBuffer<Float>]
    let sums: [MutableBuffer<Float>]
    /// Current strategies (see `TreeWalker.current`).
    let current: [MutableBuffer<Float>]
    /// Normalised average strategies, refreshed by `refreshAverage()`.
    let average: [MutableBuffer<Float>]
    let weights: [MutableBuffer<Float>]
    private(set) var iterations = 0

    init(tree: SubgameTree, schedule: DiscountSchedule = .dcfr) {
        self.tree = tree
        self.schedule = schedule
        workspace = Workspace(tree: tree)
        regrets = tree.storageSize.map { MutableBuffer(count: $0) }
        sums = tree.storageSize.map { MutableBuffer(count: $0) }
        current = tree.storageSize.map { MutableBuffer(count: $0) }
        average = tree.storageSize.map { MutableBuffer(count: $0) }
        weights = tree.hands.map { hands in
            let buffer = MutableBuffer<Float>(count: hands.count)
            for h in 0..<hands.count { buffer.base[h] = hands.weights[h] }
            return buffer
        }
    }

    /// Iterates until the stop rule is met; returns the final exploitability in chips.
    func run(_ stop: StopRule) -> Double {
        var exploitability = Double.infinity
        let target = stop.targetExploitability.map { $0 / 100 * Double(tree.states[0].pot) }
        while iterations < stop.maxIterations {
            iterate()
            if iterations % stop.checkEvery == 0 || iterations == stop.maxIterations {
                exploitability = measureExploitability()
                if let target, exploitability <= target { break }
            }
        }
        return exploitability
    }

    /// One iteration: each player's regrets and strategy sums updated against the other's
    /// current strategy.
    func iterate() {
        iterations += 1
        let factors = schedule.factors(afterIteration: iterations)
        let walker = TreeWalker(tree: tree, mode: .train, workspace: workspace,
                                strategies: (regrets[0].base, regrets[1].base), sums: (sums[0].base, sums[1].base),
                                current: (current[0].base, current[1].base), factors: factors)
        for traverser in 0..<2 {
            let n = tree.handCount(traverser)
            let ones = workspace.push(n), result = workspace.push(n)
            ones.update(repeating: 1, count: n)
            walker.walk(0, traverser: traverser, oppReach: weights[1 - traverser].base, ownReach: ones, result: result)
            workspace.pop(2 * n)
        }
    }

    /// Writes the normalised average strategy of every decision into `average`.
    func refreshAverage() {
        for index in 0..<tree.nodeCount {
            let node = tree.nodes[index]
            guard node.kind == .decision else { continue }
            let n = tree.handCount(node.player), k = node.childCount
            let sum = sums[node.player].base + node.storage, out = average[node.player].base + node.storage
            for h in 0..<n {
                var total: Float = 0
                for a in 0..<k { total += sum[a * n + h] }
                for a in 0..<k { out[a * n + h] = total > 0 ? sum[a * n + h] / total : 1 / Float(k) }
            }
        }
    }

    /// Mean gain of the two best responses against the average strategies, in chips.
    func measureExploitability() -> Double {
        refreshAverage()
        return (bestResponseValue(player: 0) + bestResponseValue(player: 1)) / 2
    }

    /// What `player` wins on average (over all deals, relative to its tie value) with a best
    /// response to the other's average strategy.
    func bestResponseValue(player: Int) -> Double {
        let walker = averageWalker(mode: .bestResponse)
        let n = tree.handCount(player)
        let result = workspace.push(n)
        defer { workspace.pop(n) }
        walker.walk(0, traverser: player, oppReach: weights[1 - player].base, ownReach: weights[player].base,
                    result: result)
        var total = 0.0
        for h in 0..<n { total += Double(weights[player].base[h]) * Double(result[h]) }
        return total / tree.pairWeight
    }

    func averageWalker(mode: TreeWalker.Mode) -> TreeWalker {
        TreeWalker(tree: tree, mode: mode, workspace: workspace, strategies: (average[0].base, average[1].base))
    }
}
