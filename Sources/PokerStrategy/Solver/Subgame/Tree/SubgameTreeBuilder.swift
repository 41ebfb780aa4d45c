import PokerEngine

/// Builds a `SubgameTree` from a problem: walks the betting from the root with the abstraction's
/// actions, adds chance nodes (all cards or a seeded sample) between streets, and terminals for
/// folds, showdowns and all-in / horizon equity. Children of a node are reserved as a block and
/// then filled, so they are consecutive in the flat array.
struct SubgameTreeBuilder {
    let problem: SubgameProblem
    let hands: [PlayerHands]
    let bias: [Double]
    let rootStacks: [Int]
    var nodes: [TreeNode] = []
    var states: [BettingState] = []
    var boards: [CardSet] = []
    var incoming: [SolverStep?] = []
    /// One past the last node of each decision's subtree (its nodes are consecutive from its
    /// first child on).
    var subtreeEnds: [Int: Int] = [:]
    var storageSize = [0, 0]
    var depth = 0
    var maxActions = 1
    var tableBoards: [CardSet] = []
    var tableOfBoard: [UInt64: Int] = [:]
    var riverBlocks: [UInt64: (first: Int, count: Int)] = [:]
    var equitySources: [EquitySource] = []
    var sourceOfBoard: [UInt64: Int] = [:]
    /// Equity matrices to evaluate: the board, the runouts averaged, how many runouts exist and
    /// how many any one pair of hands leaves possible.
    var matrixSpecs: [(board: CardSet, runouts: [CardSet], total: Int, valid: Int)] = []

    static func build(_ problem: SubgameProblem) throws(SubgameError) -> SubgameTree {
        try problem.validate()
        let board = CardSet(problem.root.board)
        let hands = problem.ranges.map { PlayerHands(weights: $0, board: board) }
        let root = problem.root
        let bias = (0..<2).map { Double(root.deadPot.rawValue) / 2 + Double(root.bets[$0].rawValue) }
        var builder = SubgameTreeBuilder(problem: problem, hands: hands, bias: bias,
                                         rootStacks: root.stacks.map(\.rawValue))
        _ = builder.reserve(1, from: nil)
        try builder.fillDecision(0, BettingState(root: root), board: board, depth: 1)
        return try builder.finish()
    }

    /// Appends `count` placeholder nodes (children of one node) and returns the first index.
    mutating func reserve(_ count: Int, from state: BettingState?) -> Int {
        let first = nodes.count
        for _ in 0..<count {
            nodes.append(TreeNode(kind: .fold))
            states.append(state ?? BettingState(root: problem.root))
            boards.append(CardSet())
            incoming.append(nil)
        }
        return first
    }

    mutating func fillDecision(_ slot: Int, _ state: BettingState, board: CardSet, depth: Int) throws(SubgameError) {
        guard nodes.count <= problem.nodeLimit else { throw .treeTooLarge(nodes: nodes.count, limit: problem.nodeLimit) }
        self.depth = max(self.depth, depth)
        let actions = state.actions(problem.abstraction)
        let p = state.toAct
        var node = TreeNode(kind: .decision)
        node.player = p
        node.storage = storageSize[p]
        storageSize[p] += actions.count * hands[p].count
        node.childCount = actions.count
        node.firstChild = reserve(actions.count, from: state)
        maxActions = max(maxActions, actions.count)
        set(slot, node, state, board)
        for (k, action) in actions.enumerated() {
            let child = node.firstChild + k
            incoming[child] = .action(action)
            switch state.applying(action) {
            case let .next(next): try fillDecision(child, next, board: board, depth: depth + 1)
            case let .fold(folder): fillFold(child, state, folder: folder, board: board)
            case let .streetClosed(next): try fillClosed(child, next, board: board, depth: depth + 1)
            }
        }
        subtreeEnds[slot] = nodes.count
    }

    mutating func fillFold(_ slot: Int, _ state: BettingState, folder: Int, board: CardSet) {
        var node = TreeNode(kind: .fold)
        node.player = folder
        let winner = 1 - folder
        var net = [0.0, 0.0]
        net[winner] = Double(state.stacks[winner] + state.pot - rootStacks[winner])
        net[folder] = Double(state.stacks[folder] - rootStacks[folder])
        node.foldPayoff0 = Float(net[0] - bias[0])
        node.foldPayoff1 = Float(net[1] - bias[1])
        set(slot, node, state, board)
    }

    /// A street has closed: showdown on the river, equity when someone is all-in or the horizon
    /// ends here, otherwise the next card.
    mutating func fillClosed(_ slot: Int, _ state: BettingState, board: CardSet, depth: Int) throws(SubgameError) {
        self.depth = max(self.depth, depth)
        if board.count == 5 {
            var node = TreeNode(kind: .showdown)
            node.halfPot = Float(state.deadPot) / 2
            node.table = table(for: board)
            set(slot, node, state, board)
        } else if state.someoneAllIn || problem.chance.horizon == .thisStreetThenEquity {
            var node = TreeNode(kind: .equity)
            node.halfPot = Float(state.deadPot) / 2
            node.table = equitySource(for: board)
            set(slot, node, state, board)
        } else {
            let deck = Card.all.filter { !board.contains($0) }
            let wanted = board.count == 3 ? problem.chance.turnCards : problem.chance.riverCards
            let cards = CardSampler.sample(deck, count: wanted, seed: problem.chance.seed, salt: board.bits)
            if board.count == 4 { _ = riverBlock(for: board) }
            var node = TreeNode(kind: .chance)
            node.chanceScale = Float(Double(deck.count) / (Double(deck.count - 4) * Double(cards.count)))
            node.childCount = cards.count
            node.firstChild = reserve(cards.count, from: state)
            set(slot, node, state, board)
            var next = state
            next.boardCount += 1
            for (k, card) in cards.enumerated() {
                incoming[node.firstChild + k] = .card(card)
                var dealt = board
                dealt.insert(card)
                try fillDecision(node.firstChild + k, next, board: dealt, depth: depth + 1)
            }
        }
    }

    private mutating func set(_ slot: Int, _ node: TreeNode, _ state: BettingState, _ board: CardSet) {
        nodes[slot] = node
        states[slot] = state
        boards[slot] = board
    }
}
