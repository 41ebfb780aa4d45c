import Testing
@testable import PokerEngine

/// The generated preflop table against exact enumeration of the hands as dealt (any suits, either
/// order): 10,000 random pairs of hands in every run, every one of the 93,769 entries with
/// `POKERFACE_HEAVY_TESTS=1` (release). The table is generated once for the test process (`shared`) (seconds in a
/// release build, about a minute of CPU time in a debug one).
@Suite struct PreflopTableEntryTests {
    static let generated = Task { await PreflopEquityTable.shared(tasks: 2) }
    static let index = PreflopMatchupIndex.shared

    /// Exact counts of two hands over all 1,712,304 boards: by rank class with flush corrections,
    /// or (`plain`) board by board.
    static func exactCounts(_ first: HoleCards, _ second: HoleCards, plain: Bool = false) -> (wins: Int, ties: Int, losses: Int) {
        let enumerator = BoardEnumerator(holes: [first.cards, second.cards], board: CardSet(),
                                         live: CardSet.full.subtracting(first.cards).subtracting(second.cards))
        let tally = plain ? enumerator.plainTally() : enumerator.tally()
        return (tally.wins[0], tally.ties, tally.wins[1])
    }

    /// Random pairs of hands (random suits, random order); every 500th also board by board.
    @Test func randomPairsOfHandsMatchExactEnumeration() async throws {
        let table = await Self.generated.value
        var generator = SeededGenerator(seed: 0xD1CE)
        var wrong: [String] = []
        for sample in 0..<10_000 {
            let cards = randomCards(4, using: &generator)
            let first = try #require(HoleCards(cards[0], cards[1])), second = try #require(HoleCards(cards[2], cards[3]))
            let expected = Self.exactCounts(first, second, plain: sample % 500 == 0)
            let stored = try #require(table.counts(first, vs: second))
            if stored != expected { wrong.append("\(first) vs \(second): \(stored), expected \(expected)") }
        }
        #expect(wrong.isEmpty, "first wrong: \(wrong.prefix(3))")
        #expect(table.counts(HoleCards("AsKd")!, vs: HoleCards("AsQc")!) == nil)
        // By combo index, as `ClassMatchups(comboEquity:)` in PokerStrategy asks.
        let (a, b) = (HoleCards.all[17], HoleCards.all[1_200])
        #expect(a.index == 17 && b.index == 1_200)
        #expect(table.equity(combo: 17, vs: 1_200) != nil && table.equity(combo: 17, vs: 1_200) == table.equity(a, vs: b))
        #expect(table.equity(combo: -1, vs: 3) == nil && table.equity(combo: 3, vs: 1_326) == nil)
    }

    /// Hand against a random hand, hand against a range and range against range, from the table,
    /// equal `Equity.exact` of the same problem.
    @Test func derivedEquitiesMatchExactEquity() async throws {
        let table = await Self.generated.value
        let hand = try #require(HoleCards("7h2c"))
        let vsRandom = Equity.exact(try EquityProblem(ranges: [HandRange(hand), .random]))
        #expect(abs(table.equityVsRandom(hand) - vsRandom.equity[0]) < 1e-12)
        #expect(table.equityVsRandom(PreflopClass("72o")!) == table.equityVsRandom(hand))
        let villains = try HandRange(parsing: "QQ+,AKs,JTs:0.5,A5s:0.25")
        let handVsRange = Equity.exact(try EquityProblem(ranges: [HandRange(hand), villains]))
        #expect(abs((table.equity(hand, vs: villains) ?? 0) - handVsRange.equity[0]) < 1e-12)
        let aces = try HandRange(parsing: "AA"), kings = try HandRange(parsing: "KK,AKs")
        let rangeVsRange = Equity.exact(try EquityProblem(ranges: [aces, kings]))
        #expect(abs((table.equity(aces, vs: kings) ?? 0) - rangeVsRange.equity[0]) < 1e-12)
    }

    /// Every entry against exact enumeration of a relabelled copy of its hands, in the stored
    /// order and reversed.
    @Test(.enabled(if: heavyTestsEnabled, "set POKERFACE_HEAVY_TESTS=1 (release build) to run"))
    func everyEntryMatchesExactEnumeration() async throws {
        let table = await Self.generated.value
        let relabelled = SuitPermutation.all[17]
        let wrong = await DataParallel.map(chunks: 32, tasks: 2) { chunk in
            DataParallel.range(chunk, of: 32, count: Self.index.count).filter { slot in
                let (first, second) = Self.index.matchups[slot]
                let a = relabelled.apply(HoleCards.all[first]), b = relabelled.apply(HoleCards.all[second])
                let expected = Self.exactCounts(a, b)
                let reversed = (wins: expected.losses, ties: expected.ties, losses: expected.wins)
                guard let stored = table.counts(a, vs: b), let storedReversed = table.counts(b, vs: a) else { return true }
                return stored != expected || storedReversed != reversed
            }
        }.joined()
        #expect(table.count == 93_769)
        #expect(wrong.isEmpty, "first wrong slots: \(Array(wrong.prefix(5)))")
    }
}
