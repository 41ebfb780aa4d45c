import Foundation
import PokerEngine
import PokerTestSupport

/// One row of `Tests/Fixtures/oracles/equity-exact.csv`: exact all-in counts from outside this project.
struct EquityOracleRow: CustomStringConvertible, Sendable {
    var hands: [String]
    var board: String
    var boards: Int
    var wins: [Int]
    var ties: Int
    var equityPercent: [Double]

    var description: String { hands.joined(separator: " vs ") + (board.isEmpty ? "" : " on \(board)") }
}

enum EquityOracle {
    /// `Tests/Fixtures/oracles/equity-exact.csv` in the checkout.
    static let url = TestPaths.oracles.appendingPathComponent("equity-exact.csv")

    /// The rows, or nil when the file is missing or malformed.
    static let rows: [EquityOracleRow]? = {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        var rows: [EquityOracleRow] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("hands,") {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 6, let boards = Int(fields[2]), let ties = Int(fields[4]) else { return nil }
            let wins = fields[3].split(separator: " ").compactMap { Int($0) }
            let equity = fields[5].split(separator: " ").compactMap { Double($0) }
            let hands = fields[0].split(separator: " ").map(String.init)
            guard wins.count == hands.count, equity.count == hands.count else { return nil }
            rows.append(EquityOracleRow(hands: hands, board: fields[1], boards: boards, wins: wins,
                                        ties: ties, equityPercent: equity))
        }
        return rows
    }()
}
