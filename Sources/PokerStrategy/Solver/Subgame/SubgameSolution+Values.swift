import PokerEngine

extension SubgameSolution {
    /// Action values at decision `index` for its acting player, against the opponent's reach.
    static func values(tree: SubgameTree, average: [FixedArray<Float>], index: Int, reach: [[Double]]) -> ActionValues {
        let node = tree.nodes[index]
        let p = node.player, o = 1 - p, n = tree.handCount(p), k = node.childCount
        let workspace = Workspace(tree: tree)
        let walker = TreeWalker(tree: tree, mode: .average, workspace: workspace,
                                strategies: (average[0].base, average[1].base))
        let oppReach = reach[o].map(Float.init), ownReach = reach[p].map(Float.init)
        var counterfactual = [[Float]](repeating: [Float](repeating: 0, count: n), count: k)
        var meets = [Float](repeating: 0, count: n)
        oppReach.withUnsafeBufferPointer { opp in
            ownReach.withUnsafeBufferPointer { own in
                guard let opp = opp.baseAddress, let own = own.baseAddress else { return }
                for a in 0..<k {
                    counterfactual[a].withUnsafeMutableBufferPointer { out in
                        if let out = out.baseAddress {
                            walker.walk(node.firstChild + a, traverser: p, oppReach: opp, ownReach: own, result: out)
                        }
                    }
                }
                meets.withUnsafeMutableBufferPointer { out in
                    if let out = out.baseAddress { walker.foldValues(payoff: 1, traverser: p, oppReach: opp, result: out) }
                }
            }
        }
        // Internal values are relative to the tie value at the root (`bias`); add it back, plus
        // what the player put in between the root and here, to count from this node's stack.
        let offset = tree.bias[p] + Double(tree.states[0].stacks[p] - tree.states[index].stacks[p])
        let strategy = (0..<k).map { a in (0..<n).map { Double(average[p][node.storage + a * n + $0]) } }
        var evs = [[Double]](repeating: [Double](repeating: 0, count: n), count: k)
        var ev = [Double](repeating: 0, count: n)
        var rangeTotals = [Double](repeating: 0, count: k), rangeTotal = 0.0, weightTotal = 0.0
        for h in 0..<n where meets[h] > 0 {
            let weight = reach[p][h] * Double(meets[h])
            for a in 0..<k {
                evs[a][h] = Double(counterfactual[a][h]) / Double(meets[h]) + offset
                ev[h] += strategy[a][h] * evs[a][h]
                rangeTotals[a] += weight * evs[a][h]
            }
            rangeTotal += weight * ev[h]
            weightTotal += weight
        }
        let hands = tree.hands[p]
        return ActionValues(player: p, actions: tree.actions(at: index), evs: evs.map { hands.perCombo($0) },
                            ev: hands.perCombo(ev),
                            rangeEVs: rangeTotals.map { weightTotal > 0 ? $0 / weightTotal : 0 },
                            rangeEV: weightTotal > 0 ? rangeTotal / weightTotal : 0)
    }
}
