import PokerEngine
import Synchronization

/// Street-by-street solves of a heads-up hand, shared by everyone who asks about the same public
/// state (both bots, the analyzer, an LLM seat's guidance). A solve is a pure function of its
/// `SubgameProblem`, so solutions are kept by problem; the ranges a street starts with are built
/// from the solves of the streets before it (see `HeadsUpSolving`).
final class StreetSolveCache: Sendable {
    struct Walk: Sendable {
        let solution: SubgameSolution
        /// The steps of the street's actions so far, from the street's start.
        let path: [SolverStep]
    }

    static let shared = StreetSolveCache(capacity: 12)

    private let solutions: Mutex<(entries: [SubgameProblem: SubgameSolution], order: [SubgameProblem])>
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        solutions = Mutex((entries: [:], order: []))
    }

    /// The solve of `street` (from its start) and the path of its actions so far, for the two
    /// `players` (table positions, lower first) — nil when the line cannot be followed.
    /// `now` is the pot and stacks at the decision (exact for the street's start when nobody has
    /// acted on it yet).
    /// `profiles` (by position) are the reads of opponents whose play strays far from the core
    /// (`PlayerProfile.forSolving`): their ranges narrow less at every street.
    func walk(line: BettingLine, board: [Card], street: Street, players: [Int], settings: SolveSettings,
              profiles: [Int: PlayerProfile] = [:], now: (pot: Chips, stacks: [Chips])) -> Walk? {
        let beliefs = startBeliefs(line: line, board: board, street: street, players: players, settings: settings,
                                   profiles: profiles)
        guard let problem = problem(line: line, board: board, street: street, players: players, beliefs: beliefs,
                                    settings: settings, now: now),
              let solution = solve(problem) else { return nil }
        var path: [SolverStep] = []
        let actions = line.actions.filter { $0.street == street }
        for action in actions {
            guard let node = solution.node(at: path), node.kind == .decision,
                  let step = Self.step(for: action, among: node.actions) else { return nil }
            path.append(.action(step))
        }
        return Walk(solution: solution, path: path)
    }

    /// Public beliefs (every position) when `street` began.
    func startBeliefs(line: BettingLine, board: [Card], street: Street, players: [Int],
                      settings: SolveSettings, profiles: [Int: PlayerProfile] = [:]) -> [RangeBelief] {
        let streetStart = line.actions.firstIndex { $0.street >= street } ?? line.actions.count
        guard street > .flop, let previous = Street(rawValue: street.rawValue - 1) else {
            var beliefs = [RangeBelief](repeating: .uniform, count: line.playerCount)
            RangeModel.narrow(&beliefs, line: line, board: Array(board.prefix(street.boardSize)), actions: 0..<streetStart,
                              profiles: profiles)
            return beliefs
        }
        let previousStart = line.actions.firstIndex { $0.street >= previous } ?? streetStart
        var beliefs = startBeliefs(line: line, board: board, street: previous, players: players, settings: settings,
                                   profiles: profiles)
        let livePrevious = RangeModel.livePlayers(line: line, before: previousStart)
        // The flop's coarse solve (its betting, then all-in equity) overstates raising for value, so
        // its strategy would narrow ranges wrongly: flop actions narrow through the range model.
        if livePrevious == players, previous != .flop,
           let problem = problem(line: line, board: board, street: previous, players: players, beliefs: beliefs,
                                 settings: settings),
           let solution = solve(problem) {
            var path: [SolverStep] = []
            var followed = true
            for action in line.actions[previousStart..<streetStart] {
                guard let node = solution.node(at: path), node.kind == .decision,
                      let step = Self.step(for: action, among: node.actions) else { followed = false; break }
                path.append(.action(step))
            }
            if followed, let end = solution.node(at: path) {
                for (i, position) in players.enumerated() {
                    // A player who strays from the core keeps `surprise` of its range whatever it did.
                    let surprise = profiles[position]?.surprise ?? 0
                    let start = beliefs[position].weights
                    beliefs[position] = RangeBelief(weights: surprise == 0 ? end.ranges[i]
                        : zip(start, end.ranges[i]).map { surprise * $0 + (1 - surprise) * $1 })
                }
                let cards = CardSet(board.prefix(street.boardSize))
                for p in beliefs.indices { beliefs[p].remove(cards) }
                return beliefs
            }
        }
        RangeModel.narrow(&beliefs, line: line, board: Array(board.prefix(street.boardSize)),
                          actions: previousStart..<streetStart, profiles: profiles)
        return beliefs
    }

    /// The solve problem of `street` from its start.
    func problem(line: BettingLine, board: [Card], street: Street, players: [Int], beliefs: [RangeBelief],
                 settings: SolveSettings, now: (pot: Chips, stacks: [Chips])? = nil) -> SubgameProblem? {
        let cards = Array(board.prefix(street.boardSize))
        guard cards.count == street.boardSize else { return nil }
        let actions = line.actions.enumerated().filter { $0.element.street == street }
        guard var state = StreetState(line: line, street: street, players: players) else { return nil }
        if actions.isEmpty, let now { state = StreetState(pot: now.pot, stacks: now.stacks) }
        var bets: [[Double]] = [[], []], raises: [[Double]] = [[], []]
        for (_, action) in actions where action.kind == .raise && !action.allIn {
            guard let p = players.firstIndex(of: action.player) else { continue }
            if action.facing == .zero {
                if action.potBefore > .zero { bets[p].append(Double(action.to.rawValue) / Double(action.potBefore.rawValue)) }
            } else {
                raises[p].append(Double(action.to.rawValue) / Double(action.facing.rawValue))
            }
        }
        let root = SubgameRoot(board: cards, pot: state.pot, stacks: state.stacks, toAct: 0, minBet: line.config.minBet)
        guard (try? root.validate()) != nil else { return nil }
        let seed = cards.reduce(UInt64(0x51ed)) { ($0 &* 131) &+ UInt64($1.rawValue) }
        return SubgameProblem(root: root, ranges: players.map { Self.pruned(beliefs[$0].weights) },
                              abstraction: settings.abstraction(observedBets: bets, observedRaises: raises,
                                                                spr: Double((state.stacks.min() ?? .zero).rawValue) / Double(max(1, state.pot.rawValue))),
                              chance: settings.chance(street: street, seed: seed),
                              stop: StopRule(maxIterations: settings.iterations(street: street), targetExploitability: settings.target))
    }

    /// Weights below `pruneShare` of the largest are dropped (the range model's floor for
    /// surprises leaves hundreds of nearly impossible combos that would only slow the solve). A hand
    /// pruned from its own range gets no solved answer; the rules play it.
    static let pruneShare = 0.05

    static func pruned(_ weights: [Double]) -> [Double] {
        let floor = (weights.max() ?? 0) * pruneShare
        return weights.map { $0 >= floor ? $0 : 0 }
    }

    func solve(_ problem: SubgameProblem) -> SubgameSolution? {
        if let hit = solutions.withLock({ $0.entries[problem] }) { return hit }
        guard let solution = try? SubgameSolver.solve(problem) else { return nil }
        solutions.withLock { state in
            if state.entries[problem] == nil { state.order.append(problem) }
            state.entries[problem] = solution
            if state.order.count > capacity { state.entries[state.order.removeFirst()] = nil }
        }
        return solution
    }

    /// The tree action that matches a real one: same kind, the nearest amount for bets and raises.
    static func step(for action: LineAction, among actions: [SolverAction]) -> SolverAction? {
        switch action.kind {
        case .fold: return actions.first { $0 == .fold }
        case .check: return actions.first { $0 == .check }
        case .call: return actions.first { if case .call = $0 { true } else { false } }
        case .raise:
            let aggressive = actions.filter(\.isAggressive)
            return aggressive.min { a, b in
                abs((a.raiseTo ?? .zero).rawValue - action.to.rawValue) < abs((b.raiseTo ?? .zero).rawValue - action.to.rawValue)
            }
        }
    }
}

/// The pot and the two players' stacks when a street began.
struct StreetState {
    let pot: Chips
    let stacks: [Chips]

    init(pot: Chips, stacks: [Chips]) {
        self.pot = pot
        self.stacks = stacks
    }

    init?(line: BettingLine, street: Street, players: [Int]) {
        let streetActions = line.actions.filter { $0.street == street }
        let before = line.actions.filter { $0.street < street }
        // Replay chips up to the street's start: forced bets, then every earlier decision.
        var stacks = line.stacksAfterForcedBets
        var pot = line.potAfterForcedBets
        var bets = line.blindBets
        var currentStreet = Street.preflop
        for action in before {
            if action.street != currentStreet {
                currentStreet = action.street
                bets = Array(repeating: .zero, count: line.playerCount)
            }
            let added: Chips = switch action.kind {
            case .call, .raise: action.to - bets[action.player]
            case .fold, .check: .zero
            }
            stacks[action.player] -= added
            bets[action.player] += added
            pot += added
        }
        // Uncalled chips come back at the end of a street: the pot at the street's start is what
        // its first action saw, when there is one.
        if let first = streetActions.first { pot = first.potBefore }
        guard players.allSatisfy({ stacks[$0] >= .zero }) else { return nil }
        var starting = players.map { stacks[$0] }
        for (i, p) in players.enumerated() {
            if let firstOwn = streetActions.first(where: { $0.player == p }) { starting[i] = firstOwn.stackBefore }
        }
        self.pot = pot
        self.stacks = starting
    }
}
