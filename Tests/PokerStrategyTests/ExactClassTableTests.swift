import PokerEngine
import Testing
@testable import PokerStrategy

/// The class table the strategy core uses (stored in the source) is the exact preflop table's,
/// to the stored precision: a freshly generated `PreflopEquityTable` (every matchup over every
/// board) gives the same 169 × 169 equities.
@Suite struct ExactClassTableTests {
    @Test func theStoredClassTableIsTheExactTables() async throws {
        let generated = ClassMatchups(table: await PreflopEquityTable.shared(tasks: 2))
        let stored = ClassMatchups.exact
        let n = ClassMatchups.classCount
        var worst = 0.0
        for k in 0..<(n * n) { worst = max(worst, abs(generated.equity[k] - stored.equity[k])) }
        #expect(worst < 1e-5, "largest difference \(worst): regenerate with pokerface preflop-table --class-source")
        #expect(stored.pairs == generated.pairs)
        #expect(PreflopEquity.matchups.equity == stored.equity, "the core reads the exact table")
    }

    @Test func quantisedTextRoundTripsAndDamageIsRefused() throws {
        let table = ClassMatchups.exact
        let text = table.quantised
        let again = try #require(ClassMatchups(quantised: text))
        #expect(again.equity == table.equity)
        #expect(ClassMatchups(quantised: String(text.dropLast(4))) == nil, "a value short")
        #expect(ClassMatchups(quantised: text + "0000") == nil, "a value too many")
        #expect(ClassMatchups(quantised: "zz" + text.dropFirst(2)) == nil, "not hex")
        let aces = try #require(PreflopClass.all.firstIndex(of: PreflopClass("AA")!))
        let kings = try #require(PreflopClass.all.firstIndex(of: PreflopClass("KK")!))
        let n = ClassMatchups.classCount
        #expect(abs(table.equity[aces * n + kings] + table.equity[kings * n + aces] - 1) < 1e-12)
    }
}
