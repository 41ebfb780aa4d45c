import PokerEngine

/// Everything a solve depends on (a solve is a pure function of this value, so it can key a cache).
/// `ranges[p]` holds 1,326 weights indexed by `HoleCards.index` (out of position first); weights
/// are relative (any non-negative scale), and combos that touch the board count as weight 0.
public struct SubgameProblem: Hashable, Sendable, Codable {
    public var root: SubgameRoot
    public var ranges: [[Double]]
    public var abstraction: BetAbstraction
    public var chance: ChanceOptions
    public var stop: StopRule
    /// Refuse trees larger than this many nodes (memory guard).
    public var nodeLimit: Int
    /// The CFR variant's discounting (discounted CFR with α = 1.5, β = 0, γ = 2 by default).
    public var schedule: DiscountSchedule = .dcfr

    public init(root: SubgameRoot, ranges: [[Double]], abstraction: BetAbstraction = BetAbstraction(),
                chance: ChanceOptions = .full, stop: StopRule = StopRule(), nodeLimit: Int = 2_000_000) {
        self.root = root
        self.ranges = ranges
        self.abstraction = abstraction
        self.chance = chance
        self.stop = stop
        self.nodeLimit = nodeLimit
    }

    /// Ranges given as `HandRange`s.
    public init(root: SubgameRoot, ranges: [HandRange], abstraction: BetAbstraction = BetAbstraction(),
                chance: ChanceOptions = .full, stop: StopRule = StopRule(), nodeLimit: Int = 2_000_000) {
        let weights = ranges.map { range in
            var weights = [Double](repeating: 0, count: HoleCards.all.count)
            for combo in range.combos { weights[combo.cards.index] = combo.weight }
            return weights
        }
        self.init(root: root, ranges: weights, abstraction: abstraction, chance: chance, stop: stop, nodeLimit: nodeLimit)
    }

    func validate() throws(SubgameError) {
        try root.validate()
        try abstraction.validate()
        try chance.validate()
        try stop.validate()
        guard ranges.count == 2 else { throw .notHeadsUp }
        let board = CardSet(root.board)
        for p in 0..<2 {
            guard ranges[p].count == HoleCards.all.count else { throw .rangeSize(player: p, count: ranges[p].count) }
            if let bad = ranges[p].indices.first(where: { !(ranges[p][$0] >= 0 && ranges[p][$0].isFinite) }) {
                throw .invalidWeight(player: p, combo: HoleCards.all[bad])
            }
            guard HoleCards.all.indices.contains(where: { ranges[p][$0] > 0 && HoleCards.all[$0].cards.isDisjoint(with: board) })
            else { throw .emptyRange(player: p) }
        }
    }
}
