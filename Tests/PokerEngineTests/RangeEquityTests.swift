import Testing
@testable import PokerEngine

/// `Equity.equity(_:vsRange:board:dead:)` equals the general exact enumeration.
@Suite struct RangeEquityTests {
    @Test(arguments: [
        ("AhKh", "QQ+,AKs,JTs:0.5,random:0.1", "Qh 7h 2c", ""),
        ("7c7d", "random", "Ac Kd 5h 9s", "2c"),
        ("AsKs", "TT-77,A5s-A2s,KQo:0.3", "Ts 9s 2d 3h 4c", ""),
        ("9h8h", "AA,KK,QQ,AK", "Th 7h 2h", "Ah Kh"),
        ("QsJd", "22+", "Qd 5c 5h", "5s"),
    ])
    func postflopMatchesExactEnumeration(hand: String, range: String, board: String, dead: String) throws {
        let hero = try #require(HoleCards(hand))
        let villains = try HandRange(parsing: range)
        let fast = try Equity.equity(hero, vsRange: villains, board: cards(board), dead: CardSet(cards(dead)))
        let problem = try EquityProblem(ranges: [HandRange(hero), villains], board: cards(board), dead: cards(dead))
        let exact = Equity.exact(problem)
        // Same counts, summed in another order: equal up to rounding of the weighted sums.
        #expect(abs(fast - exact.equity[0]) < 1e-9, "\(fast) vs \(exact.equity[0])")
    }

    @Test func preflopWithDeadCardsEnumerates() throws {
        let hero = try #require(HoleCards("AsAh"))
        let fast = try Equity.equity(hero, vsRange: HandRange(parsing: "KdKc,QdQc"), dead: CardSet(cards("Kh")))
        let exact = Equity.exact(try EquityProblem(ranges: [HandRange(hero), HandRange(parsing: "KdKc,QdQc")],
                                                   dead: cards("Kh")))
        #expect(abs(fast - exact.equity[0]) < 1e-12)
    }

    @Test func badInputIsRefused() throws {
        let hero = try #require(HoleCards("AsAh"))
        #expect(throws: EquityError.duplicateCard(Card("As")!)) {
            try Equity.equity(hero, vsRange: .random, board: cards("As Kd 2c"))
        }
        #expect(throws: EquityError.impossibleRange(player: 2, range: "AsKs")) {
            try Equity.equity(hero, vsRange: HandRange(parsing: "AsKs"), board: cards("Kd Qc 2c"))
        }
    }
}
