import Testing
@testable import PokerEngine

/// Property tests of the public exact-equity paths against enumeration written out plainly here:
/// for random hands, boards, dead cards and ranges, every completion of the board is dealt one by
/// one and each hand valued on its own. With one or two cards to come the values come from
/// `ReferenceEvaluator` (which shares no code with the engine); with more to come, too many boards
/// for it, from `HandEvaluator.evaluate` on card sets (checked against `ReferenceEvaluator` in
/// `EvaluatorTests`). More cases with `POKERFACE_HEAVY_TESTS=1`.
@Suite struct ReferenceEnumerationTests {
    static let cases = heavyTestsEnabled ? 200 : 24

    /// `Equity.exact`, on one task and on three, equals the reference counts: two to five players,
    /// three to five board cards (flop, turn, river), up to five dead cards.
    @Test func exactEquityAfterTheFlopEqualsReference() async throws {
        var generator = SeededGenerator(seed: 0x5EF1)
        for index in 0..<Self.cases {
            let deal = RandomDeal(players: 2 + index % 4, boardSize: 3 + index % 3,
                                  dead: Int(generator.next() % 6), using: &generator)
            try await deal.expectExactEquityMatches(Self.referenceCounts(deal) { ReferenceEvaluator.key($0) })
        }
    }

    /// The same with three or four cards to come, where boards are counted by rank class with
    /// flush corrections (`BoardClassEnumerator`).
    @Test func exactEquityWithThreeOrFourToComeEqualsReference() async throws {
        var generator = SeededGenerator(seed: 0xC1A55E5)
        for index in 0..<(heavyTestsEnabled ? 60 : 10) {
            let deal = RandomDeal(players: 2 + index % 3, boardSize: 1 + index % 2,
                                  dead: Int(generator.next() % 6), using: &generator)
            try await deal.expectExactEquityMatches(Self.referenceCounts(deal) { HandEvaluator.evaluate(CardSet($0)).value })
        }
    }

    /// `Equity.equity(_:vsRange:board:dead:)` (run-outs scored per rank pair, see `RangeShowdown`)
    /// equals the weighted reference over every combo of a random weighted range.
    @Test func handVersusRangeEqualsReference() throws {
        var generator = SeededGenerator(seed: 0xA11CE)
        let weights = [1, 0.5, 0.25, 0.1, 0.9]
        for index in 0..<Self.cases {
            let deal = RandomDeal(players: 1, boardSize: 3 + index % 3, dead: Int(generator.next() % 5), using: &generator)
            let hero = try #require(HoleCards(deal.holes[0][0], deal.holes[0][1]))
            let size = 1 + Int(generator.next() % (index % 4 == 0 ? 400 : 40))
            let range = HandRange((0..<size).map { _ in
                HandRange.Combo(HoleCards.all[Int(generator.next() % 1326)], weight: weights[Int(generator.next() % 5)])
            })
            var won = 0.0, total = 0.0
            for combo in range.combos where combo.cards.cards.isDisjoint(with: deal.used) {
                let pair = RandomDeal(holes: [deal.holes[0], [combo.cards.high, combo.cards.low]], board: deal.board, dead: deal.dead)
                let counts = Self.referenceCounts(pair) { HandEvaluator.evaluate(CardSet($0)).value }
                won += combo.weight * (Double(counts.wins[0]) + Double(counts.ties) / 2)
                total += combo.weight * Double(counts.boards)
            }
            guard total > 0 else { continue }
            let fast = try Equity.equity(hero, vsRange: range, board: deal.board, dead: CardSet(deal.dead))
            #expect(abs(fast - won / total) < 1e-12, "\(hero) vs \(range) board \(deal.board) dead \(deal.dead)")
        }
    }

    /// Wins per player, split boards and boards over every completion of the deal's board from the
    /// cards nobody holds, each seven-card hand valued by `value` (higher is better).
    static func referenceCounts(_ deal: RandomDeal, value: ([Card]) -> Int) -> (wins: [Int], ties: Int, boards: Int) {
        let live = Card.all.filter { !deal.used.contains($0) }
        var wins = [Int](repeating: 0, count: deal.holes.count), ties = 0, boards = 0
        ReferenceEvaluator.forEachSubset(of: live.count, size: 5 - deal.board.count) { indices in
            let board = deal.board + indices.map { live[$0] }
            let values = deal.holes.map { value($0 + board) }
            let best = values.max() ?? 0
            let winners = values.indices.filter { values[$0] == best }
            if winners.count == 1 { wins[winners[0]] += 1 } else { ties += 1 }
            boards += 1
        }
        return (wins, ties, boards)
    }
}

/// Random hole cards, board and dead cards, all distinct.
struct RandomDeal {
    let holes: [[Card]]
    let board: [Card]
    let dead: [Card]
    var players: Int { holes.count }
    var boardSize: Int { board.count }
    var used: CardSet { CardSet(holes.joined()).union(CardSet(board)).union(CardSet(dead)) }

    init(holes: [[Card]], board: [Card], dead: [Card]) {
        (self.holes, self.board, self.dead) = (holes, board, dead)
    }

    init(players: Int, boardSize: Int, dead: Int, using generator: inout SeededGenerator) {
        let cards = randomCards(2 * players + boardSize + dead, using: &generator)
        holes = (0..<players).map { Array(cards[(2 * $0)..<(2 * $0 + 2)]) }
        board = Array(cards[(2 * players)..<(2 * players + boardSize)])
        self.dead = Array(cards.suffix(dead))
    }

    /// `Equity.exact` on one task and on three gives exactly `reference`.
    func expectExactEquityMatches(_ reference: (wins: [Int], ties: Int, boards: Int)) async throws {
        let ranges = try holes.map { try HandRange(#require(HoleCards($0[0], $0[1]))) }
        let problem = try EquityProblem(ranges: ranges, board: board, dead: dead)
        let one = Equity.exact(problem)
        #expect(one.boards == reference.boards)
        #expect(one.wins == reference.wins.map(Double.init), "\(holes) board \(board) dead \(dead)")
        #expect(one.ties == Double(reference.ties), "\(holes) board \(board) dead \(dead)")
        #expect(await Equity.exact(problem, tasks: 3) == one)
    }
}
