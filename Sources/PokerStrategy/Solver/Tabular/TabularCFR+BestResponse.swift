extension TabularCFR {
    /// Player 0's expected payoff when both play their average strategies.
    public var expectedPayoff: Double {
        let average = infoSetKeys.indices.map(averageStrategy(ofSet:))
        func value(_ index: Int) -> Double {
            let node = nodes[index]
            switch node.kind {
            case .terminal: return node.payoff
            case .chance:
                return (0..<node.childCount).reduce(0) { sum, b in
                    sum + branchProbability[node.firstChild + b] * value(childList[node.firstChild + b])
                }
            case .decision:
                return (0..<node.childCount).reduce(0) { sum, a in
                    sum + average[node.infoSet][a] * value(childList[node.firstChild + a])
                }
            }
        }
        return value(0)
    }

    /// How much `player` wins with a best response to the other's average strategy.
    public func bestResponseValue(player: Int) -> Double {
        var solver = BestResponse(tree: self, player: player)
        return solver.value(0)
    }

    /// Mean of what each player's best response gains over the game value: zero exactly at an
    /// equilibrium, in payoff units.
    public var exploitability: Double {
        (bestResponseValue(player: 0) + bestResponseValue(player: 1)) / 2
    }

    /// A best response for one player in a perfect-recall game: an information set's action
    /// maximises the sum over its states of (others' reach × value); values below it depend only
    /// on deeper information sets, so both are memoised and computed on demand.
    private struct BestResponse {
        let tree: TabularCFR
        let player: Int
        let average: [[Double]]
        /// Each of the player's information sets: its states and their reach by chance and the opponent.
        var members: [[(node: Int, reach: Double)]]
        var values: [Double?]
        var choices: [Int?]

        init(tree: TabularCFR, player: Int) {
            self.tree = tree
            self.player = player
            average = tree.infoSetKeys.indices.map(tree.averageStrategy(ofSet:))
            members = Array(repeating: [], count: tree.infoSetKeys.count)
            values = Array(repeating: nil, count: tree.nodes.count)
            choices = Array(repeating: nil, count: tree.infoSetKeys.count)
            collect(0, reach: 1)
        }

        private mutating func collect(_ index: Int, reach: Double) {
            let node = tree.nodes[index]
            for b in 0..<node.childCount {
                let child = tree.childList[node.firstChild + b]
                switch node.kind {
                case .terminal: break
                case .chance: collect(child, reach: reach * tree.branchProbability[node.firstChild + b])
                case .decision:
                    collect(child, reach: node.player == player ? reach : reach * average[node.infoSet][b])
                }
            }
            if node.kind == .decision, node.player == player { members[node.infoSet].append((index, reach)) }
        }

        mutating func value(_ index: Int) -> Double {
            if let known = values[index] { return known }
            let node = tree.nodes[index]
            var result = 0.0
            switch node.kind {
            case .terminal:
                result = player == 0 ? node.payoff : -node.payoff
            case .chance:
                for b in 0..<node.childCount {
                    result += tree.branchProbability[node.firstChild + b] * value(tree.childList[node.firstChild + b])
                }
            case .decision where node.player == player:
                result = value(tree.childList[node.firstChild + choice(node.infoSet)])
            case .decision:
                for a in 0..<node.childCount {
                    result += average[node.infoSet][a] * value(tree.childList[node.firstChild + a])
                }
            }
            values[index] = result
            return result
        }

        private mutating func choice(_ set: Int) -> Int {
            if let known = choices[set] { return known }
            var best = 0, bestValue = -Double.infinity
            for a in 0..<tree.infoSetActions[set] {
                var total = 0.0
                for (node, reach) in members[set] {
                    total += reach * value(tree.childList[tree.nodes[node].firstChild + a])
                }
                if total > bestValue + 1e-12 { best = a; bestValue = total }
            }
            choices[set] = best
            return best
        }
    }
}
