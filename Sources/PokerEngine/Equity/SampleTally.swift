/// Monte Carlo counts: showdown counts plus the sums of squared pot shares needed for the
/// standard error. Integer sums, so merging batches in order gives identical results.
struct SampleTally: Hashable, Sendable {
    var showdown: ShowdownTally
    /// Per player: sum over samples of (pot units won)².
    var squaredShares: [Int]

    init(players: Int) {
        showdown = ShowdownTally(players: players)
        squaredShares = [Int](repeating: 0, count: players)
    }

    var samples: Int { showdown.boards }

    mutating func add(_ other: SampleTally) {
        showdown.add(other.showdown)
        for i in squaredShares.indices { squaredShares[i] += other.squaredShares[i] }
    }

    /// Mean pot share per player, 0...1.
    var equity: [Double] {
        showdown.shares.map { samples > 0 ? Double($0) / Double(samples * ShowdownTally.pot) : 0 }
    }

    /// Standard error of each mean share, 0...1 scale.
    var standardError: [Double] {
        guard samples > 0 else { return squaredShares.map { _ in 1 } }
        let n = Double(samples), pot = Double(ShowdownTally.pot)
        return zip(equity, squaredShares).map { mean, squares in
            let meanOfSquares = Double(squares) / (n * pot * pot)
            return (max(0, meanOfSquares - mean * mean) / n).squareRoot()
        }
    }

    var result: EquityResult {
        EquityResult(isExact: false, boards: samples, wins: showdown.wins.map(Double.init),
                     ties: Double(showdown.ties), equity: equity, standardError: standardError)
    }
}
