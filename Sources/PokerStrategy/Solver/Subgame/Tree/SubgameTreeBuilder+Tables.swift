import PokerEngine

extension SubgameTreeBuilder {
    /// The strength table of a complete board (river boards below a turn come from its block).
    mutating func table(for board: CardSet) -> Int {
        if let known = tableOfBoard[board.bits] { return known }
        tableBoards.append(board)
        tableOfBoard[board.bits] = tableBoards.count - 1
        return tableBoards.count - 1
    }

    /// Consecutive tables for every river of a turn board.
    mutating func riverBlock(for board: CardSet) -> (first: Int, count: Int) {
        if let known = riverBlocks[board.bits] { return known }
        let first = tableBoards.count
        for card in Card.all where !board.contains(card) {
            var full = board
            full.insert(card)
            tableBoards.append(full)
            tableOfBoard[full.bits] = tableBoards.count - 1
        }
        let block = (first, tableBoards.count - first)
        riverBlocks[board.bits] = block
        return block
    }

    /// How an equity terminal on `board` (three or four cards) averages the cards to come. With
    /// one card to come: a pairwise matrix over every river while matrices stay within
    /// `matrixBudget` bytes (one matrix–vector product per evaluation), else a showdown per river.
    /// With two: a matrix over every runout or a seeded sample of `equityRunouts`.
    mutating func equitySource(for board: CardSet) -> Int {
        if let known = sourceOfBoard[board.bits] { return known }
        let deck = Card.all.filter { !board.contains($0) }
        let remaining = deck.count - 4
        let matrixBytes = 8 * hands[0].count * hands[1].count
        if board.count == 4 {
            if (matrixSpecs.count + 1) * matrixBytes <= Self.matrixBudget {
                matrixSpecs.append((board, deck.map { [$0] }, deck.count, remaining))
                equitySources.append(.matrix(matrixSpecs.count - 1))
            } else {
                let block = riverBlock(for: board)
                equitySources.append(.rivers(first: block.first, count: block.count, scale: Float(1 / Double(remaining))))
            }
        } else {
            var all: [CardSet] = []
            for i in deck.indices { for j in deck.indices where j > i { all.append([deck[i], deck[j]]) } }
            let runouts = CardSampler.sample(all, count: problem.chance.equityRunouts, seed: problem.chance.seed,
                                             salt: board.bits ^ 0x5EED_0F_E0_017)
            matrixSpecs.append((board, runouts, all.count, remaining * (remaining - 1) / 2))
            equitySources.append(.matrix(matrixSpecs.count - 1))
        }
        sourceOfBoard[board.bits] = equitySources.count - 1
        return equitySources.count - 1
    }

    /// Memory allowed for equity matrices with one card to come.
    static let matrixBudget = 64 << 20

    /// Evaluates the tables and matrices and freezes the tree.
    func finish() throws(SubgameError) -> SubgameTree {
        let sameCombo = [hands[0].sameCombo(in: hands[1]), hands[1].sameCombo(in: hands[0])]
        let pairWeight = Self.pairWeight(hands)
        guard pairWeight > 0 else { throw .rangesNeverCompatible }
        let matrices = matrixSpecs.map { spec in
            EquityMatrix(board: spec.board, runouts: spec.runouts, totalRunouts: spec.total, validRunouts: spec.valid,
                         hands: hands)
        }
        // Batch roots: decisions with no chance node below, at the root or right below a deal.
        var chanceBelow = [Bool](repeating: false, count: nodes.count)
        for index in nodes.indices.reversed() {
            let node = nodes[index]
            let children = node.firstChild ..< node.firstChild + node.childCount
            chanceBelow[index] = node.kind == .chance || children.contains { chanceBelow[$0] }
        }
        var subtreeEnd = [Int32](repeating: -1, count: nodes.count)
        var largest = 0
        for (root, end) in subtreeEnds where !chanceBelow[root] && nodes[root].childCount > 0 {
            let parentIsChance = incoming[root].map { if case .card = $0 { true } else { false } } ?? false
            guard root == 0 || parentIsChance else { continue }
            subtreeEnd[root] = Int32(end)
            largest = max(largest, end - nodes[root].firstChild + 1)
        }
        let dealt = incoming.map { step -> UInt8 in if case let .card(card) = step { card.rawValue } else { 255 } }
        return SubgameTree(nodes: FixedArray(nodes), states: states, boards: boards, incoming: incoming,
                           dealtCard: FixedArray(dealt), batchEnd: FixedArray(subtreeEnd),
                           largestBatch: largest, hands: hands,
                           sameCombo: sameCombo, handsByCard: hands.map { $0.handsByCard() },
                           tables: StrengthTables(boards: tableBoards, hands: hands), equitySources: equitySources,
                           matrices: matrices, bias: bias, storageSize: storageSize, depth: depth,
                           maxActions: maxActions, pairWeight: pairWeight)
    }

    /// Σ w₀(h)·w₁(h') over pairs of hands that share no card.
    static func pairWeight(_ hands: [PlayerHands]) -> Double {
        var total = 0.0
        var byCard = [Double](repeating: 0, count: 52)
        var same: [Int: Double] = [:]
        for (h, combo) in hands[1].combos.enumerated() {
            let w = Double(hands[1].weights[h])
            total += w
            byCard[Int(combo.high.rawValue)] += w
            byCard[Int(combo.low.rawValue)] += w
            same[combo.index] = w
        }
        var sum = 0.0
        for (h, combo) in hands[0].combos.enumerated() {
            let compatible = total - byCard[Int(combo.high.rawValue)] - byCard[Int(combo.low.rawValue)] + (same[combo.index] ?? 0)
            sum += Double(hands[0].weights[h]) * compatible
        }
        return sum
    }
}
