/// Exact showdown counts for one deal when three or more board cards are to come, with boards
/// counted by class instead of one by one.
///
/// A player's hand value depends on the board's ranks alone unless five cards of one suit
/// (board plus hole cards) make a flush. So:
/// 1. **Rank classes.** Every multiset of ranks the missing cards can have is scored once with
///    the rank-only ("no flush") values, weighted by how many boards have those ranks
///    (∏ C(live cards of rank r, count of r)) — 6,175 classes instead of 1,712,304 boards.
/// 2. **Flush corrections.** A flush needs at least three board cards of one suit, and five
///    board cards hold at most one such suit. For each suit that can still give someone a flush,
///    every set X of that suit's live cards large enough to matter is combined with every rank
///    multiset of the other (non-suit) missing cards, weighted by their count; the true outcome
///    is added and the rank-only outcome taken back.
/// The result equals plain enumeration exactly (`FastPathPropertyTests` and
/// `ReferenceEnumerationTests` check it on random deals, boards and dead cards).
struct BoardClassEnumerator {
    let holes: [CardSet]
    let board: CardSet
    let live: CardSet
    let missing: Int

    /// Kernel and per-deal facts shared by both passes.
    struct Setup {
        let kernel = EvaluationKernel()
        let flushValues: UnsafeMutablePointer<UInt16> = EvaluatorTables.shared.flushValues
        let players: Int
        /// Rank sum of each player's hole cards plus the known board.
        var fixedKeys: [UInt32]
        /// Live cards per rank.
        var liveByRank: [Int]
        /// Known board cards per suit, and their ranks (13-bit masks).
        var boardSuitCounts: [Int], boardSuitRanks: [Int]
        /// Per player and suit (index `4 * player + suit`): hole cards in the suit and their ranks.
        var holeSuitCounts: [Int], holeSuitRanks: [Int]
    }

    /// The rank classes, then one part per suit's flush corrections.
    static let parts = 5

    /// Everything, or only part `part` (0: rank classes, 1–4: suit `part - 1`'s corrections).
    func count<Counter: ShowdownCounter>(_: Counter.Type, part: Int? = nil) -> ShowdownTally {
        let setup = makeSetup()
        var counter = Counter(players: holes.count)
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * holes.count) { values in
            guard let values = values.baseAddress else { return }
            if part == nil || part == 0 { rankClasses(setup, values, &counter) }
            for suit in 0..<4 where part == nil || part == suit + 1 {
                flushCorrections(suit: suit, setup, values, &counter)
            }
        }
        return counter.tally
    }

    func makeSetup() -> Setup {
        let boardKey = Self.rankKey(board)
        var setup = Setup(players: holes.count, fixedKeys: holes.map { Self.rankKey($0) &+ boardKey },
                          liveByRank: [Int](repeating: 0, count: 13),
                          boardSuitCounts: [0, 0, 0, 0], boardSuitRanks: [0, 0, 0, 0],
                          holeSuitCounts: [Int](repeating: 0, count: 4 * holes.count),
                          holeSuitRanks: [Int](repeating: 0, count: 4 * holes.count))
        for card in live { setup.liveByRank[Int(card.rawValue >> 2)] += 1 }
        for card in board {
            setup.boardSuitCounts[Int(card.rawValue & 3)] += 1
            setup.boardSuitRanks[Int(card.rawValue & 3)] |= 1 << Int(card.rawValue >> 2)
        }
        for (player, hole) in holes.enumerated() {
            for card in hole {
                let index = 4 * player + Int(card.rawValue & 3)
                setup.holeSuitCounts[index] += 1
                setup.holeSuitRanks[index] |= 1 << Int(card.rawValue >> 2)
            }
        }
        return setup
    }

    static func rankKey(_ cards: CardSet) -> UInt32 {
        cards.reduce(0) { $0 &+ EvaluatorTables.rankMultipliers[Int($1.rawValue >> 2)] }
    }

    /// Pass 1: every rank multiset of the missing cards, with rank-only values.
    private func rankClasses<Counter: ShowdownCounter>(_ setup: Setup, _ values: UnsafeMutablePointer<Int32>,
                                                       _ counter: inout Counter) {
        for entry in RankMultisets.list(size: missing, available: setup.liveByRank) {
            for i in 0..<setup.players {
                values[i] = Int32(truncatingIfNeeded: setup.kernel.rankValue(UInt64(setup.fixedKeys[i] &+ entry.key)))
            }
            counter.add(values, weight: entry.weight)
        }
    }
}
