/// The outcome of an equity calculation, players in the order given.
///
/// Counts cover every (deal, board) pair enumerated — or every sample, for Monte Carlo. A
/// "deal" is one choice of combination per player; for fixed hands there is one deal and
/// `boards` is the number of boards. With weighted ranges `wins` and `ties` are weighted sums
/// (each deal counts with the product of its combos' weights); with weights 1 they are counts.
public struct EquityResult: Hashable, Sendable, Codable {
    /// True for full enumeration, false for Monte Carlo.
    public var isExact: Bool
    /// Boards enumerated, or samples drawn (Monte Carlo), over all deals.
    public var boards: Int
    /// Per player: boards won outright.
    public var wins: [Double]
    /// Boards on which the pot is split (between any number of players).
    public var ties: Double
    /// Per player: share of the pot won on average, 0...1 (a split among k counts 1/k).
    public var equity: [Double]
    /// Monte Carlo only: the standard error of each `equity`, same scale (0...1).
    public var standardError: [Double]?

    public init(isExact: Bool, boards: Int, wins: [Double], ties: Double, equity: [Double],
                standardError: [Double]? = nil) {
        self.isExact = isExact
        self.boards = boards
        self.wins = wins
        self.ties = ties
        self.equity = equity
        self.standardError = standardError
    }
}
