/// Full enumeration: every compatible deal, every board. Deals that are the same up to a
/// relabelling of suits (one that leaves the board and the dead cards in place) are enumerated
/// once and their counts reused.
struct ExactEquity {
    let problem: EquityProblem

    func run() -> EquityResult {
        let players = problem.playerCount
        let canonicalizer = DealCanonicalizer(
            symmetries: SuitPermutation.stabilizer(of: [CardSet(problem.board), problem.dead]))
        var cache: [[UInt16]: ShowdownTally] = [:]
        var boards = 0
        var wins = [Double](repeating: 0, count: players), shares = wins
        var ties = 0.0, weightedBoards = 0.0

        Deals.forEach(problem.ranges) { deal, weight in
            let key = canonicalizer.key(deal)
            let tally: ShowdownTally
            if let cached = cache[key] {
                tally = cached
            } else {
                let holeCards = deal.reduce(CardSet()) { $0.union($1.cards) }
                tally = BoardEnumerator(holes: deal.map(\.cards), board: CardSet(problem.board),
                                        live: problem.liveDeck.subtracting(holeCards)).tally()
                cache[key] = tally
            }
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
        let canonicalizer = DealCanonicalizer(
            symmetries: SuitPermutation.stabilizer(of: [CardSet(problem.board), problem.dead]))
        var keys = Set<[UInt16]>()
        Deals.forEach(problem.ranges) { deal, _ in keys.insert(canonicalizer.key(deal)) }
        return (keys.count, problem.boardsPerDeal)
    }
}
