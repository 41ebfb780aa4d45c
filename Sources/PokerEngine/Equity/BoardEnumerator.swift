/// Exact showdown counts for one deal: every way to complete the board from the live cards.
/// With three or more cards to come boards are counted by class (`BoardClassEnumerator`);
/// otherwise, and as the reference the tests compare with, one by one, built incrementally with
/// `HandAccumulator`s.
struct BoardEnumerator {
    let holeCards: [CardSet]
    let boardCards: CardSet
    let live: CardSet
    let missing: Int

    init(holes: [CardSet], board: CardSet, live: CardSet) {
        holeCards = holes
        boardCards = board
        self.live = live
        missing = 5 - board.count
    }

    func tally() -> ShowdownTally {
        guard missing >= 3 else { return plainTally() }
        let classes = BoardClassEnumerator(holes: holeCards, board: boardCards, live: live, missing: missing)
        return holeCards.count == 2 ? classes.count(HeadsUpCounter.self) : classes.count(MultiwayCounter.self)
    }

    /// Independent parts of the work whose tallies add up to `tally()`, for spreading over cores.
    static let parts = BoardClassEnumerator.parts

    /// Part `part` (0..<`parts`) of `tally()`: with classes, the rank classes (0) or one suit's
    /// flush corrections (1–4); one by one, everything in part 0.
    func tally(part: Int) -> ShowdownTally {
        guard missing >= 3 else { return part == 0 ? plainTally() : ShowdownTally(players: holeCards.count) }
        let classes = BoardClassEnumerator(holes: holeCards, board: boardCards, live: live, missing: missing)
        return holeCards.count == 2 ? classes.count(HeadsUpCounter.self, part: part)
            : classes.count(MultiwayCounter.self, part: part)
    }

    /// Every board one by one.
    func plainTally() -> ShowdownTally {
        let tables = EvaluationKernel()
        let holes = holeCards.map(HandAccumulator.init)
        let board = HandAccumulator(boardCards)
        let deck = live.map(HandAccumulator.init)
        var tally = ShowdownTally(players: holes.count)
        deck.withUnsafeBufferPointer { deck in
            switch holes.count {
            case 2: headsUp(holes, board, deck, tables, into: &tally)
            case 3: threeWay(holes, board, deck, tables, into: &tally)
            default: multiway(holes, board, deck, tables, into: &tally)
            }
        }
        return tally
    }

    private func headsUp(_ holes: [HandAccumulator], _ board: HandAccumulator,
                         _ deck: UnsafeBufferPointer<HandAccumulator>, _ tables: EvaluationKernel,
                         into tally: inout ShowdownTally) {
        let first = holes[0], second = holes[1]
        var boards = 0, firstWins = 0, secondWins = 0
        Self.forEachBoard(deck, missing: missing, base: board) { board in
            let a = board + first, b = board + second
            let va = tables.value(a), vb = tables.value(b)
            boards &+= 1
            firstWins &+= va > vb ? 1 : 0
            secondWins &+= vb > va ? 1 : 0
        }
        let ties = boards - firstWins - secondWins
        tally.boards = boards
        tally.wins = [firstWins, secondWins]
        tally.ties = ties
        tally.shares = [firstWins * ShowdownTally.pot + ties * ShowdownTally.pot / 2,
                        secondWins * ShowdownTally.pot + ties * ShowdownTally.pot / 2]
    }

    private func threeWay(_ holes: [HandAccumulator], _ board: HandAccumulator,
                         _ deck: UnsafeBufferPointer<HandAccumulator>, _ tables: EvaluationKernel,
                          into tally: inout ShowdownTally) {
        let (first, second, third) = (holes[0], holes[1], holes[2])
        var boards = 0, ties = 0, threeWaySplits = 0
        var wins = (0, 0, 0), twoWaySplits = (0, 0, 0)
        Self.forEachBoard(deck, missing: missing, base: board) { board in
            let a = board + first, b = board + second, c = board + third
            let va = tables.value(a), vb = tables.value(b)
            let vc = tables.value(c)
            let best = max(va, vb, vc)
            let (ia, ib, ic) = (va == best ? 1 : 0, vb == best ? 1 : 0, vc == best ? 1 : 0)
            boards &+= 1
            switch ia + ib + ic {
            case 1: wins.0 &+= ia; wins.1 &+= ib; wins.2 &+= ic
            case 2: ties &+= 1; twoWaySplits.0 &+= ia; twoWaySplits.1 &+= ib; twoWaySplits.2 &+= ic
            default: ties &+= 1; threeWaySplits &+= 1
            }
        }
        let pot = ShowdownTally.pot
        tally.boards = boards
        tally.ties = ties
        tally.wins = [wins.0, wins.1, wins.2]
        tally.shares = [(wins.0, twoWaySplits.0), (wins.1, twoWaySplits.1), (wins.2, twoWaySplits.2)].map {
            $0.0 * pot + $0.1 * pot / 2 + threeWaySplits * pot / 3
        }
    }

    private func multiway(_ holes: [HandAccumulator], _ board: HandAccumulator,
                         _ deck: UnsafeBufferPointer<HandAccumulator>, _ tables: EvaluationKernel,
                          into tally: inout ShowdownTally) {
        let players = holes.count
        var boards = 0, ties = 0
        let splitShare = (0...players).map { $0 == 0 ? 0 : ShowdownTally.pot / $0 }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * players) { scratch in
            scratch.initialize(repeating: 0)
            let values = scratch.extracting(0..<players)
            let wins = scratch.extracting(players..<2 * players)
            let shares = scratch.extracting(2 * players..<3 * players)
            holes.withUnsafeBufferPointer { holes in
                Self.forEachBoard(deck, missing: missing, base: board) { board in
                    var best = 0, winners = 0
                    for i in 0..<players {
                        let hand = board + holes[i]
                        let value = tables.value(hand)
                        values[i] = value
                        if value > best { best = value; winners = 1 } else if value == best { winners &+= 1 }
                    }
                    boards &+= 1
                    let share = splitShare[winners]
                    if winners > 1 { ties &+= 1 }
                    for i in 0..<players where values[i] == best {
                        shares[i] &+= share
                        if winners == 1 { wins[i] &+= 1 }
                    }
                }
            }
            tally.wins = Array(wins)
            tally.shares = Array(shares)
        }
        tally.boards = boards
        tally.ties = ties
    }

    /// Calls `body` with `base` plus every `missing`-card subset of `deck`.
    @inline(__always)
    static func forEachBoard(_ deck: UnsafeBufferPointer<HandAccumulator>, missing: Int,
                             base: HandAccumulator, _ body: (HandAccumulator) -> Void) {
        let n = deck.count
        switch missing {
        case 0: body(base)
        case 1: for a in 0..<n { body(base + deck[a]) }
        case 2:
            for a in 0..<n { let x = base + deck[a]; for b in (a + 1)..<n { body(x + deck[b]) } }
        case 3:
            for a in 0..<n { let x = base + deck[a]
                for b in (a + 1)..<n { let y = x + deck[b]; for c in (b + 1)..<n { body(y + deck[c]) } } }
        case 4:
            for a in 0..<n { let x = base + deck[a]
                for b in (a + 1)..<n { let y = x + deck[b]
                    for c in (b + 1)..<n { let z = y + deck[c]; for d in (c + 1)..<n { body(z + deck[d]) } } } }
        default:
            for a in 0..<n { let x = base + deck[a]
                for b in (a + 1)..<n { let y = x + deck[b]
                    for c in (b + 1)..<n { let z = y + deck[c]
                        for d in (c + 1)..<n { let w = z + deck[d]; for e in (d + 1)..<n { body(w + deck[e]) } } } } }
        }
    }
}
