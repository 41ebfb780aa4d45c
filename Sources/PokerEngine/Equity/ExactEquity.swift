/// Full enumeration: every compatible deal, every board. Deals that are the same up to a
/// relabelling of suits (one that leaves the board and the dead cards in place) are enumerated
/// once and their counts reused. With several tasks the distinct deals are spread over them (a
/// single deal's board classes and flush corrections are, too); the counts are integers merged in
/// deal order, so the result is the same for any number of tasks.
struct ExactEquity {
    let problem: EquityProblem

    /// The deals in enumeration order, each with its weight and the position of its canonical
    /// form among `distinct`.
    struct Plan {
        var deals: [(weight: Double, distinct: Int)] = []
        var distinct: [[HoleCards]] = []
    }

    func plan() -> Plan {
        let canonicalizer = DealCanonicalizer(
            symmetries: SuitPermutation.stabilizer(of: [CardSet(problem.board), problem.dead]))
        var plan = Plan()
        var position: [[UInt16]: Int] = [:]
        Deals.forEach(problem.ranges) { deal, weight in
            let key = canonicalizer.key(deal)
            let distinct = position[key] ?? plan.distinct.count
            if distinct == plan.distinct.count {
                position[key] = distinct
                plan.distinct.append(deal)
            }
            plan.deals.append((weight, distinct))
        }
        return plan
    }

    func run() -> EquityResult {
        let plan = plan()
        return combine(plan, tallies: plan.distinct.map { enumerator(for: $0).tally() })
    }

    func run(tasks: Int) async -> EquityResult {
        let plan = plan()
        guard tasks > 1 else { return combine(plan, tallies: plan.distinct.map { enumerator(for: $0).tally() }) }
        if plan.distinct.count == 1, let deal = plan.distinct.first {
            let enumerator = enumerator(for: deal)
            let parts = await DataParallel.map(chunks: BoardEnumerator.parts, tasks: tasks) { enumerator.tally(part: $0) }
            var tally = ShowdownTally(players: problem.playerCount)
            for part in parts { tally.add(part) }
            return combine(plan, tallies: [tally])
        }
        let chunks = min(plan.distinct.count, 16 * tasks)
        let distinct = plan.distinct
        let tallies = await DataParallel.map(chunks: chunks, tasks: tasks) { chunk in
            DataParallel.range(chunk, of: chunks, count: distinct.count).map { enumerator(for: distinct[$0]).tally() }
        }
        return combine(plan, tallies: Array(tallies.joined()))
    }

    private func enumerator(for deal: [HoleCards]) -> BoardEnumerator {
        let holeCards = deal.reduce(CardSet()) { $0.union($1.cards) }
        return BoardEnumerator(holes: deal.map(\.cards), board: CardSet(problem.board),
                               live: problem.liveDeck.subtracting(holeCards))
    }

    private func combine(_ plan: Plan, tallies: [ShowdownTally]) -> EquityResult {
        let players = problem.playerCount
        var boards = 0
        var wins = [Double](repeating: 0, count: players), shares = wins
        var ties = 0.0, weightedBoards = 0.0
        for (weight, distinct) in plan.deals {
            let tally = tallies[distinct]
            boards += tally.boards
            weightedBoards += weight * Double(tally.boards)
            ties += weight * Double(tally.ties)
            for i in 0..<players {
                wins[i] += weight * Double(tally.wins[i])
                shares[i] += weight * Double(tally.shares[i])
            }
        }
        let pots = weightedBoards * Double(ShowdownTally.pot)
        return EquityResult(isExact: true, boards: boards, wins: wins, ties: ties,
                            equity: shares.map { pots > 0 ? $0 / pots : 0 })
    }

    /// Distinct deals to enumerate after merging suit relabellings, and boards per deal.
    func workload() -> (deals: Int, boardsPerDeal: Int) {
        (plan().distinct.count, problem.boardsPerDeal)
    }
}
