import Testing
@testable import PokerEngine

/// The preflop table: its matchup numbering, its stored form, and the generator's counts against
/// plain enumeration. The generated table's entries: `PreflopTableEntryTests`.
@Suite struct PreflopEquityTableTests {
    static let index = PreflopMatchupIndex.shared

    @Test func matchupsUpToSuitRelabelling() {
        #expect(Self.index.count == 93_769)
        #expect(Self.index.representatives.count == 169)
        var generator = SeededGenerator(seed: 0x9F1)
        for _ in 0..<2_000 {
            let cards = randomCards(4, using: &generator)
            let first = HoleCards(cards[0], cards[1])!, second = HoleCards(cards[2], cards[3])!
            let permutation = SuitPermutation.all[Int(generator.next() % 24)]
            let slot = Self.index.slot(first.index, second.index)
            #expect(slot != nil)
            #expect(slot == Self.index.slot(permutation.apply(first).index, permutation.apply(second).index))
            let (representative, opponent) = Self.index.matchups[slot ?? 0]
            #expect(Self.index.slot(representative, opponent) == slot)
            #expect(HoleCards.all[representative].preflopClass == first.preflopClass)
        }
        #expect(Self.index.slot(HoleCards("AsAh")!.index, HoleCards("AsKd")!.index) == nil)
    }

    /// A sample of matchups, each enumerated exactly as the generator does, equals plain
    /// enumeration of the hands as dealt (not relabelled).
    @Test func sampledEntriesMatchPlainEnumeration() {
        var generator = SeededGenerator(seed: 0x7AB1E)
        for _ in 0..<(heavyTestsEnabled ? 40 : 3) {
            let cards = randomCards(4, using: &generator)
            let first = CardSet(cards[0..<2]), second = CardSet(cards[2..<4])
            let slot = Self.index.slot(HoleCards(cards[0], cards[1])!.index, HoleCards(cards[2], cards[3])!.index) ?? 0
            let generated = PreflopEquityTable.exactCounts(Self.index.matchups[slot])
            let plain = BoardEnumerator(holes: [first, second], board: CardSet(),
                                        live: CardSet.full.subtracting(first).subtracting(second)).plainTally()
            #expect(generated == plain, "\(cards)")
        }
    }

    @Test func storedFormRoundTripsAndRefusesDamage() throws {
        let count = Self.index.count
        let table = PreflopEquityTable(wins: (0..<count).map { UInt32($0 * 7 % 1_000_000) },
                                       ties: (0..<count).map { UInt32($0 % 5_000) })
        let bytes = table.serialized()
        let back = try PreflopEquityTable(serialized: bytes)
        #expect(back.wins == table.wins && back.ties == table.ties)
        var damaged = bytes
        damaged[1_000] ^= 0x10
        #expect(throws: PreflopTableError.checksumMismatch) { try PreflopEquityTable(serialized: damaged) }
        #expect(throws: PreflopTableError.wrongSize(expected: bytes.count, actual: bytes.count - 1)) {
            try PreflopEquityTable(serialized: Array(bytes.dropLast()))
        }
        #expect(throws: PreflopTableError.wrongFormat) { try PreflopEquityTable(serialized: [1, 2, 3]) }
    }
}
