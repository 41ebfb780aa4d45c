/// Draws random deals and boards for Monte Carlo equity and scores them.
struct DealSampler: Sendable {
    /// One player's range, flattened for sampling.
    struct Player: Sendable {
        var masks: [UInt64]
        var hands: [HandAccumulator]
        /// nil when every weight is 1.
        var weights: [Double]?
    }

    let players: [Player]
    let known: UInt64
    let board: HandAccumulator
    let missing: Int
    /// Consecutive rejected deals after which the ranges are declared incompatible.
    static let rejectionLimit = 1_000_000

    init(problem: EquityProblem) {
        players = problem.ranges.map { range in
            Player(masks: range.combos.map(\.cards.cards.bits),
                   hands: range.combos.map { HandAccumulator($0.cards.cards) },
                   weights: range.combos.allSatisfy { $0.weight == 1 } ? nil : range.combos.map(\.weight))
        }
        known = CardSet(problem.board).union(problem.dead).bits
        board = HandAccumulator(CardSet(problem.board))
        missing = problem.missingBoardCards
    }

    func sample(_ count: Int, using generator: inout SeededGenerator) throws(EquityError) -> SampleTally {
        let tables = EvaluationKernel()
        let single = Card.all.map(HandAccumulator.init)
        let playerCount = players.count
        var tally = SampleTally(players: playerCount)
        let splitShare = (0...playerCount).map { $0 == 0 ? 0 : ShowdownTally.pot / $0 }
        var holes = [HandAccumulator](repeating: .empty, count: playerCount)
        var values = [Int](repeating: 0, count: playerCount)
        for _ in 0..<count {
            var used = try dealHoles(into: &holes, using: &generator)
            var board = self.board
            for _ in 0..<missing {
                var card = 0
                repeat { card = Int(generator.next().multipliedFullWidth(by: 52).high) } while used & (1 << UInt64(card)) != 0
                used |= 1 << UInt64(card)
                board = board + single[card]
            }
            var best = 0, winners = 0
            for i in 0..<playerCount {
                let hand = board + holes[i]
                let value = tables.value(hand)
                values[i] = value
                if value > best { best = value; winners = 1 } else if value == best { winners += 1 }
            }
            tally.showdown.boards += 1
            if winners > 1 { tally.showdown.ties += 1 }
            let share = splitShare[winners]
            for i in 0..<playerCount where values[i] == best {
                tally.showdown.shares[i] += share
                tally.squaredShares[i] += share * share
                if winners == 1 { tally.showdown.wins[i] += 1 }
            }
        }
        return tally
    }

    /// Picks one combo per player (by weight, no shared cards); returns the cards now in use.
    private func dealHoles(into holes: inout [HandAccumulator],
                           using generator: inout SeededGenerator) throws(EquityError) -> UInt64 {
        for _ in 0..<Self.rejectionLimit {
            var used = known
            var accepted = true
            for (i, player) in players.enumerated() {
                let pick = Int(generator.next().multipliedFullWidth(by: UInt64(player.masks.count)).high)
                if let weights = player.weights,
                   Double(generator.next() >> 11) * 0x1p-53 >= weights[pick] { accepted = false; break }
                if player.masks[pick] & used != 0 { accepted = false; break }
                used |= player.masks[pick]
                holes[i] = player.hands[pick]
            }
            if accepted { return used }
        }
        throw .noCompatibleDeal
    }
}
