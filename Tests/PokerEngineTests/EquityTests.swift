import Testing
import PokerEngine

/// Every row of the exact-equity oracle; the whole file takes a few seconds even in a debug build.
@Suite struct EquityTests {
    @Test func oracleFileIsPresent() throws {
        let rows = try #require(EquityOracle.rows, "cannot read \(EquityOracle.url.path)")
        #expect(rows.count >= 14)
    }

    @Test func exactEnumerationReproducesTheOracle() throws {
        let rows = try #require(EquityOracle.rows, "cannot read \(EquityOracle.url.path)")
        for row in rows {
            let problem = try EquityProblem(ranges: row.hands.map { try HandRange(parsing: $0) },
                                            board: Card.parseDistinct(row.board))
            let result = Equity.exact(problem)
            #expect(result.isExact)
            #expect(result.boards == row.boards, "\(row)")
            #expect(result.wins == row.wins.map(Double.init), "\(row)")
            #expect(result.ties == Double(row.ties), "\(row)")
            for (computed, expected) in zip(result.equity, row.equityPercent) {
                #expect(abs(computed * 100 - expected) <= 0.0005 + 1e-9, "\(row)")
            }
        }
    }
}
