import PokerEngine

extension SubgameSolution {
    /// Each player's reach per hand at the last node of `path` (node indices from the root):
    /// starting weights times the player's own average action probabilities, zero for hands
    /// that hold a card dealt on the way.
    static func reach(tree: SubgameTree, average: [FixedArray<Float>], path: [Int]) -> [[Double]] {
        var reach = tree.hands.map { $0.weights.map(Double.init) }
        for (parent, child) in zip(path, path.dropFirst()) {
            let node = tree.nodes[parent]
            if node.kind == .chance {
                let card = Card.all[Int(tree.dealtCard[child])]
                for p in 0..<2 {
                    for (h, combo) in tree.hands[p].combos.enumerated() where combo.cards.contains(card) { reach[p][h] = 0 }
                }
            } else if node.kind == .decision {
                let p = node.player, n = tree.handCount(p), a = child - node.firstChild
                for h in 0..<n { reach[p][h] *= Double(average[p][node.storage + a * n + h]) }
            }
        }
        return reach
    }

    static func describe(tree: SubgameTree, average: [FixedArray<Float>], index: Int, path: [SolverStep],
                         rootBoard: [Card], reach: [[Double]]) -> SolvedNode {
        let node = tree.nodes[index], state = tree.states[index]
        let kind: SolvedNode.Kind = switch node.kind {
        case .decision: .decision
        case .chance: .chance
        case .fold: .fold
        case .showdown: .showdown
        case .equity: .equity
        }
        var strategy: [[Double]] = []
        if node.kind == .decision {
            let p = node.player, n = tree.handCount(p)
            for a in 0..<node.childCount {
                let row: [Float] = (0..<n).map { average[p][node.storage + a * n + $0] }
                strategy.append(tree.hands[p].perCombo(row))
            }
        }
        var cards: [Card] = []
        if node.kind == .chance {
            for child in node.firstChild ..< node.firstChild + node.childCount {
                cards.append(Card.all[Int(tree.dealtCard[child])])
            }
        }
        let dealt: [Card] = path.compactMap { step in
            if case let .card(card) = step { return card }
            return nil
        }
        let ranges: [[Double]] = (0..<2).map { p in tree.hands[p].perCombo(reach[p]) }
        return SolvedNode(kind: kind, path: path, board: rootBoard + dealt, pot: Chips(state.pot),
                          bets: state.bets.map { Chips($0) }, stacks: state.stacks.map { Chips($0) },
                          player: node.kind == .decision ? node.player : nil, actions: tree.actions(at: index),
                          cards: cards, strategy: strategy, ranges: ranges)
    }
}
