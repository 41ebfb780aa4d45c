/// Showdown counts over a set of boards for one deal.
struct ShowdownTally: Hashable, Sendable {
    /// Pot shares are counted in units of 1/2520 of a pot, so splits among up to ten players
    /// stay whole numbers (2520 is divisible by 1…10).
    static let pot = 2520

    var boards = 0
    var wins: [Int]
    var ties = 0
    /// Pot units won, per player.
    var shares: [Int]

    init(players: Int) {
        wins = [Int](repeating: 0, count: players)
        shares = [Int](repeating: 0, count: players)
    }

    mutating func add(_ other: ShowdownTally) {
        boards += other.boards
        ties += other.ties
        for i in wins.indices {
            wins[i] += other.wins[i]
            shares[i] += other.shares[i]
        }
    }
}
