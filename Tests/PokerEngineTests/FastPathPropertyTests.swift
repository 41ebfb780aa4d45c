import Testing
@testable import PokerEngine

/// Property tests: for random hands, boards and dead cards, every fast path gives exactly what the
/// straightforward reference gives. More cases with `POKERFACE_HEAVY_TESTS=1`.
@Suite struct FastPathPropertyTests {
    static let cases = heavyTestsEnabled ? 400 : 40

    @Test func byteArrayEvaluationEqualsCardSetEvaluation() {
        var generator = SeededGenerator(seed: 0xB17E)
        let kernel = EvaluationKernel()
        var mismatches: [[Card]] = []
        for _ in 0..<(heavyTestsEnabled ? 1_000_000 : 50_000) {
            let hand = randomCards(7, using: &generator)
            let bytes = hand.map(\.rawValue)
            let fast = bytes.withUnsafeBytes { kernel.value(sevenCardBytes: $0.baseAddress!) }
            if fast != HandEvaluator.evaluate(CardSet(hand)).value { mismatches.append(hand) }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(3))")
    }

    /// The byte-array path reads exactly its seven bytes (in two overlapping words): the same hand
    /// gives the same value in any order, at any alignment, between bytes that are no cards (0xFF).
    @Test func byteArrayEvaluationReadsOnlyItsSevenBytes() {
        var generator = SeededGenerator(seed: 0x5EB7)
        let kernel = EvaluationKernel()
        var mismatches: [[Card]] = []
        for round in 0..<5_000 {
            let hand = randomCards(7, using: &generator)
            let expected = HandEvaluator.evaluate(CardSet(hand)).value
            let rotation = round % 7, offset = round % 8
            let ordered = Array(hand[rotation...] + hand[..<rotation]).map(\.rawValue)
            var buffer = [UInt8](repeating: 0xFF, count: 16)
            buffer.replaceSubrange(offset..<(offset + 7), with: ordered)
            let fast = buffer.withUnsafeBytes { kernel.value(sevenCardBytes: $0.baseAddress! + offset) }
            if fast != expected { mismatches.append(hand) }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(3))")
    }

    @Test func flushFreePrefixesNeedNoFlushCheck() {
        var generator = SeededGenerator(seed: 0xF1A5)
        let kernel = EvaluationKernel()
        for _ in 0..<20_000 {
            let hand = randomCards(7, using: &generator)
            let prefixSize = 2 + Int(generator.next() % 5)   // 2...6 cards, the rest to come
            let prefix = HandAccumulator(CardSet(hand.prefix(prefixSize)))
            let toCome = 7 - prefixSize
            let suitCounts = Suit.allCases.map { suit in hand.prefix(prefixSize).filter { $0.suit == suit }.count }
            #expect(prefix.mayHoldFlush(withMoreCards: toCome) == (suitCounts.max()! + toCome >= 5))
            let full = HandAccumulator(CardSet(hand))
            if !prefix.mayHoldFlush(withMoreCards: toCome) {
                #expect(kernel.valueWithoutFlush(full) == kernel.value(full))
            }
            #expect(kernel.value(full) == HandEvaluator.evaluate(CardSet(hand)).value)
        }
    }

    /// Boards counted by class (`BoardClassEnumerator`) equal boards counted one by one, for two to
    /// four players, zero to two known board cards and up to six dead cards.
    @Test func boardClassesEqualPlainEnumeration() {
        var generator = SeededGenerator(seed: 0xC1A55)
        for index in 0..<Self.cases {
            let players = 2 + index % 3
            // Keep debug runs short: preflop boards (1.7 M plain boards) only now and then.
            let boardSize = index % 10 == 9 || heavyTestsEnabled && index % 3 == 0 ? 0 : 1 + index % 2
            let dead = Int(generator.next() % 7)
            let cards = randomCards(2 * players + boardSize + dead, using: &generator)
            let holes = (0..<players).map { CardSet(cards[(2 * $0)..<(2 * $0 + 2)]) }
            let board = CardSet(cards[(2 * players)..<(2 * players + boardSize)])
            let used = CardSet(cards)
            let enumerator = BoardEnumerator(holes: holes, board: board, live: CardSet.full.subtracting(used))
            let fast = enumerator.tally(), plain = enumerator.plainTally()
            #expect(fast == plain, "\(holes) board \(board) dead \(cards.suffix(dead))")
        }
    }

    /// Suited hands and boards with two cards of a suit: the flush corrections with three board
    /// cards of the suit to come.
    @Test(arguments: [
        (["AhKh", "QsQd"], "", ""), (["7h6h", "AhAd", "KhQh"], "", ""), (["2c3c", "4c5c"], "Tc Jc", ""),
        (["AsKs", "QsJs", "Ts9s"], "2s", "3s 4s"), (["AhKd", "7c7s"], "8h 9h", "Th Jh Qh"),
    ])
    func flushHeavyDeals(hands: [String], board: String, dead: String) throws {
        let holes = hands.map { CardSet(cards($0.inserting(" ", at: 2))) }
        let boardCards = CardSet(cards(board)), deadCards = CardSet(cards(dead))
        let used = holes.reduce(boardCards.union(deadCards)) { $0.union($1) }
        let enumerator = BoardEnumerator(holes: holes, board: boardCards, live: CardSet.full.subtracting(used))
        #expect(enumerator.tally() == enumerator.plainTally())
    }
}

extension String {
    fileprivate func inserting(_ text: String, at offset: Int) -> String {
        String(prefix(offset)) + text + String(dropFirst(offset))
    }
}
