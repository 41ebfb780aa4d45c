import PokerEngine

/// A node of a solved tree as the caller sees it: the public state, who acts and with which
/// actions, the acting player's average strategy per combo, and each player's range reaching the
/// node. Per-combo arrays have 1,326 entries indexed by `HoleCards.index`.
public struct SolvedNode: Sendable {
    public enum Kind: String, Sendable, Codable { case decision, chance, fold, showdown, equity }

    public let kind: Kind
    /// The steps from the root.
    public let path: [SolverStep]
    public let board: [Card]
    /// Every chip in the middle, this street's bets included.
    public let pot: Chips
    /// This street's bets and the stacks behind, `[oop, ip]`.
    public let bets: [Chips]
    public let stacks: [Chips]
    /// The player to act at a decision (0 = out of position).
    public let player: Int?
    public let actions: [SolverAction]
    /// The cards a chance node deals (a sample when chance is sampled).
    public let cards: [Card]
    /// `strategy[a][combo]`: how often the acting player takes action `a` with the combo. Combos
    /// outside its starting range or touching the board are 0 everywhere.
    public let strategy: [[Double]]
    /// `ranges[p][combo]`: the starting weight times the probability of the player's own actions
    /// on the path (0 for combos blocked by the board): the range reaching this node.
    public let ranges: [[Double]]

    /// The acting player's frequency of each action over its range at this node.
    public var rangeStrategy: [Double] {
        guard let player else { return [] }
        let range = ranges[player]
        let total = range.reduce(0, +)
        return strategy.map { row in
            total > 0 ? zip(row, range).reduce(0) { $0 + $1.0 * $1.1 } / total : 0
        }
    }

    /// The mixed strategy of one combo (nil when it is not in the acting player's range).
    public func strategy(for combo: HoleCards) -> [Double]? {
        guard let player, ranges[player][combo.index] > 0 || strategy.contains(where: { $0[combo.index] > 0 }) else {
            return nil
        }
        return strategy.map { $0[combo.index] }
    }
}

/// What each action at a decision is worth to the acting player, per combo, when both players
/// follow the solution afterwards.
///
/// Convention: chips relative to the player's stack at this node — what it will take back from
/// the pot minus what it adds from here on. Folding is worth 0; chips already in the pot count as
/// spent. The opponent's range is the one reaching the node (card removal included).
public struct ActionValues: Sendable {
    public let player: Int
    public let actions: [SolverAction]
    /// `evs[a][combo]` in chips (0 for combos outside the player's range or meeting no opponent combo).
    public let evs: [[Double]]
    /// Each combo's value under its mixed strategy.
    public let ev: [Double]
    /// Each action's value if the whole range took it: the per-combo values averaged with the
    /// combos' weights at this node times the opponent weight each can meet.
    public let rangeEVs: [Double]
    /// The whole range's value.
    public let rangeEV: Double
}
