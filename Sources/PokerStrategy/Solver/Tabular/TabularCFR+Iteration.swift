extension TabularCFR {
    /// Runs `count` more iterations, each updating player 0 and then player 1.
    public mutating func iterate(_ count: Int) {
        for _ in 0..<max(count, 0) {
            iterations += 1
            let (positive, negative, strategyFactor) = schedule.factors(afterIteration: iterations)
            for traverser in 0..<2 {
                let current = currentStrategy()
                var instant = [Double](repeating: 0, count: regrets.count)
                var contribution = [Double](repeating: 0, count: regrets.count)
                _ = traverse(0, traverser: traverser, ownReach: 1, otherReach: 1, current: current,
                             instant: &instant, contribution: &contribution)
                for set in infoSetKeys.indices where infoSetPlayer[set] == traverser {
                    for k in infoSetOffset[set] ..< infoSetOffset[set] + infoSetActions[set] {
                        let r = regrets[k] + instant[k]
                        regrets[k] = r * (r > 0 ? positive : negative)
                        strategySum[k] = (strategySum[k] + contribution[k]) * strategyFactor
                    }
                }
            }
        }
    }

    /// Regret matching for every information set.
    func currentStrategy() -> [Double] {
        var strategy = [Double](repeating: 0, count: regrets.count)
        for set in infoSetKeys.indices {
            let range = infoSetOffset[set] ..< infoSetOffset[set] + infoSetActions[set]
            let total = range.reduce(0.0) { $0 + max(regrets[$1], 0) }
            for k in range {
                strategy[k] = total > 0 ? max(regrets[k], 0) / total : 1 / Double(range.count)
            }
        }
        return strategy
    }

    /// Expected payoff to `traverser` below `node`, accumulating the traverser's instantaneous
    /// regrets (weighted by the others' reach) and strategy contributions (weighted by its own).
    private func traverse(_ index: Int, traverser: Int, ownReach: Double, otherReach: Double, current: [Double],
                          instant: inout [Double], contribution: inout [Double]) -> Double {
        let node = nodes[index]
        switch node.kind {
        case .terminal:
            return traverser == 0 ? node.payoff : -node.payoff
        case .chance:
            var value = 0.0
            for b in 0..<node.childCount {
                let p = branchProbability[node.firstChild + b]
                guard p > 0 else { continue }
                value += p * traverse(childList[node.firstChild + b], traverser: traverser, ownReach: ownReach,
                                      otherReach: otherReach * p, current: current,
                                      instant: &instant, contribution: &contribution)
            }
            return value
        case .decision:
            let offset = infoSetOffset[node.infoSet]
            var values = [Double](repeating: 0, count: node.childCount)
            var value = 0.0
            for a in 0..<node.childCount {
                let p = current[offset + a]
                let child = childList[node.firstChild + a]
                if node.player == traverser {
                    values[a] = traverse(child, traverser: traverser, ownReach: ownReach * p, otherReach: otherReach,
                                         current: current, instant: &instant, contribution: &contribution)
                } else if p > 0 {
                    values[a] = traverse(child, traverser: traverser, ownReach: ownReach, otherReach: otherReach * p,
                                         current: current, instant: &instant, contribution: &contribution)
                }
                value += p * values[a]
            }
            if node.player == traverser {
                for a in 0..<node.childCount {
                    instant[offset + a] += otherReach * (values[a] - value)
                    contribution[offset + a] += ownReach * current[offset + a]
                }
            }
            return value
        }
    }

    /// The average strategy at an information set (uniform before any iteration), or nil for an
    /// unknown one.
    public func averageStrategy(at infoSet: Game.InfoSet) -> [Double]? {
        infoSetIndex[infoSet].map(averageStrategy(ofSet:))
    }

    func averageStrategy(ofSet set: Int) -> [Double] {
        let range = infoSetOffset[set] ..< infoSetOffset[set] + infoSetActions[set]
        let total = range.reduce(0.0) { $0 + strategySum[$1] }
        return range.map { total > 0 ? strategySum[$0] / total : 1 / Double(range.count) }
    }
}
