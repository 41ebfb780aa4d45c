import PokerEngine

/// A spot whose equity the table wants: the human's cards and the board against random hands
/// of the opponents still in. Seeded, so the same spot always shows the same number.
public struct EquityJob: Hashable, Sendable {
    public var handNumber: Int
    public var holeCards: [Card]
    public var board: [Card]
    public var opponents: Int
    public var seed: UInt64
    /// Monte Carlo samples (a few thousand: a hint, not an oracle).
    public var samples: Int

    /// The estimate (nil when the spot cannot be posed, e.g. no opponents left).
    public func estimate() -> EquityEstimate? {
        guard holeCards.count == 2, let mine = HoleCards(holeCards[0], holeCards[1]), opponents >= 1,
              let problem = try? EquityProblem(ranges: [HandRange(mine)] + Array(repeating: HandRange.random, count: opponents),
                                               board: board),
              let result = try? Equity.calculate(problem, method: .monteCarlo(.fixed(samples, seed: seed)))
        else { return nil }
        return EquityEstimate(handNumber: handNumber, boardCount: board.count, opponents: opponents, equity: result.equity[0])
    }
}
