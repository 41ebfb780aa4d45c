/// Discounted CFR for small two-player zero-sum games (`ExtensiveFormGame`): the game is walked
/// once into an explicit tree, then each iteration updates both players in turn (alternating
/// updates) with regret matching, discounting regrets and the average strategy by a
/// `DiscountSchedule`. The average strategy is the equilibrium approximation; `exploitability`
/// measures how far it is from one.
///
/// ```swift
/// var solver = try TabularCFR(game: KuhnPoker())
/// solver.iterate(2_000)
/// solver.expectedPayoff        // ≈ −1/18 for Kuhn poker's first player
/// solver.exploitability        // → 0
/// ```
public struct TabularCFR<Game: ExtensiveFormGame> {
    struct Node {
        enum Kind { case terminal, chance, decision }
        var kind: Kind
        var player = 0
        var infoSet = 0
        var payoff = 0.0
        /// Children are `childList[firstChild ..< firstChild + childCount]`.
        var firstChild = 0
        var childCount = 0
    }

    var nodes: [Node] = []
    var childList: [Int] = []
    /// Chance probabilities, parallel to `childList` (unused for decisions).
    var branchProbability: [Double] = []
    /// Dense information sets: key, owner, action count, offset into the per-action arrays.
    var infoSetKeys: [Game.InfoSet] = []
    var infoSetIndex: [Game.InfoSet: Int] = [:]
    var infoSetPlayer: [Int] = []
    var infoSetActions: [Int] = []
    var infoSetOffset: [Int] = []
    var regrets: [Double] = []
    var strategySum: [Double] = []
    public let schedule: DiscountSchedule
    /// Iterations run so far.
    public internal(set) var iterations = 0

    /// Walks `game` into an explicit tree. Throws when the game breaks the protocol's rules.
    public init(game: Game, schedule: DiscountSchedule = .dcfr) throws(TabularGameError) {
        self.schedule = schedule
        _ = try build(game, state: game.root, depth: 0)
        regrets = Array(repeating: 0, count: infoSetOffset.last.map { $0 + infoSetActions[infoSetActions.count - 1] } ?? 0)
        strategySum = regrets
    }

    /// The information sets seen in the game, in the order they were first met.
    public var infoSets: [Game.InfoSet] { infoSetKeys }

    private mutating func build(_ game: Game, state: Game.State, depth: Int) throws(TabularGameError) -> Int {
        guard depth < 10_000 else { throw .tooDeep }
        let index = nodes.count
        switch game.node(at: state) {
        case let .terminal(payoff):
            guard payoff.isFinite else { throw .invalidPayoff(payoff) }
            nodes.append(Node(kind: .terminal, payoff: payoff))
        case let .chance(probabilities):
            let total = probabilities.reduce(0, +)
            guard !probabilities.isEmpty, probabilities.allSatisfy({ $0 >= 0 && $0.isFinite }), abs(total - 1) < 1e-9 else {
                throw .invalidChance(probabilities)
            }
            nodes.append(Node(kind: .chance))
            try buildChildren(game, state: state, parent: index, probabilities: probabilities, depth: depth)
        case let .decision(player, key, actions):
            guard player == 0 || player == 1 else { throw .invalidPlayer(player) }
            guard actions >= 1 else { throw .noActions }
            let set: Int
            if let known = infoSetIndex[key] {
                guard infoSetActions[known] == actions, infoSetPlayer[known] == player else { throw .inconsistentInfoSet }
                set = known
            } else {
                set = infoSetKeys.count
                infoSetIndex[key] = set
                infoSetKeys.append(key)
                infoSetPlayer.append(player)
                infoSetOffset.append((infoSetOffset.last ?? 0) + (infoSetActions.last ?? 0))
                infoSetActions.append(actions)
            }
            nodes.append(Node(kind: .decision, player: player, infoSet: set))
            try buildChildren(game, state: state, parent: index,
                              probabilities: Array(repeating: 0, count: actions), depth: depth)
        }
        return index
    }

    private mutating func buildChildren(_ game: Game, state: Game.State, parent: Int, probabilities: [Double],
                                        depth: Int) throws(TabularGameError) {
        var children: [Int] = []
        for branch in probabilities.indices {
            children.append(try build(game, state: game.state(after: state, branch: branch), depth: depth + 1))
        }
        nodes[parent].firstChild = childList.count
        nodes[parent].childCount = children.count
        childList += children
        branchProbability += probabilities
    }
}

/// Why a game cannot be solved by `TabularCFR`.
public enum TabularGameError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidPayoff(Double)
    case invalidChance([Double])
    case invalidPlayer(Int)
    case noActions
    case inconsistentInfoSet
    case tooDeep

    public var description: String {
        switch self {
        case let .invalidPayoff(value): "a terminal payoff is not finite (\(value))"
        case let .invalidChance(probabilities): "chance probabilities \(probabilities) are not a distribution"
        case let .invalidPlayer(player): "player \(player) is not 0 or 1"
        case .noActions: "a decision node offers no action"
        case .inconsistentInfoSet: "states of one information set disagree on the player or the number of actions"
        case .tooDeep: "the game is deeper than 10,000 moves"
        }
    }
}
