/// Exact heads-up preflop equity of every pair of hands, from a table: 93,769 matchups up to suit
/// relabelling (see `PreflopMatchupIndex`), each with the wins and ties of the first hand over
/// all 1,712,304 boards — exactly what `Equity.exact` counts. A lookup takes a few nanoseconds.
///
/// ```swift
/// let table = PreflopEquityTable.shared                     // see below for where it comes from
/// table.equity(HoleCards("AsAh")!, vs: HoleCards("KdKc")!)  // 0.81255…
/// table.equityVsRandom(PreflopClass("72o")!)                // 0.3460…
/// table.equity(HoleCards("AhKh")!, vs: try HandRange(parsing: "QQ+,AKo"))
/// table.equity(try HandRange(parsing: "22+"), vs: .random)
/// table.equity(combo: 0, vs: 1_325)                          // by HoleCards.index
/// ```
///
/// The program makes the table itself: `generate(tasks:)` enumerates every matchup exactly with
/// `BoardClassEnumerator` (about 14 s of CPU time, spread over the given number of tasks).
/// `serialized()` / `init(serialized:)` store it (750 KB, checked by a checksum); the executable
/// keeps it in the user's cache folder, so this happens once per machine (see README).
/// `PreflopEquityTable.shared` is the process-wide table: whatever `install(_:)` put there,
/// otherwise generated on first use.
public struct PreflopEquityTable: Sendable {
    /// Boards per matchup: C(48, 5).
    public static let boards = 1_712_304
    /// Per slot: the first hand's wins and ties.
    let wins: [UInt32]
    let ties: [UInt32]
    /// Per class (0..<169): summed wins and ties against all 1,225 other hands.
    let versusRandom: [(wins: Int, ties: Int)]
    let index: PreflopMatchupIndex

    init(wins: [UInt32], ties: [UInt32]) {
        self.wins = wins
        self.ties = ties
        let index = PreflopMatchupIndex.shared
        self.index = index
        versusRandom = index.representatives.map { representative in
            var total = (wins: 0, ties: 0)
            for opponent in 0..<PreflopMatchupIndex.combos {
                guard let slot = index.slot(representative, opponent) else { continue }
                total.wins += Int(wins[slot])
                total.ties += Int(ties[slot])
            }
            return total
        }
    }

    /// Number of stored matchups.
    public var count: Int { wins.count }

    /// Wins, ties and losses of `hand` against `other` over all 1,712,304 boards; nil when they
    /// share a card.
    public func counts(_ hand: HoleCards, vs other: HoleCards) -> (wins: Int, ties: Int, losses: Int)? {
        guard let slot = index.slot(hand.index, other.index) else { return nil }
        let wins = Int(wins[slot]), ties = Int(ties[slot])
        return (wins, ties, Self.boards - wins - ties)
    }

    /// The share of the pot `hand` wins against `other` all-in preflop (ties split); nil when the
    /// hands share a card.
    @inline(__always)
    public func equity(_ hand: HoleCards, vs other: HoleCards) -> Double? {
        guard let slot = index.slot(hand.index, other.index) else { return nil }
        return (Double(wins[slot]) + 0.5 * Double(ties[slot])) / Double(Self.boards)
    }

    /// `equity(_:vs:)` by combo index (`HoleCards.index`, the position in `HoleCards.all`); nil when
    /// the combos share a card or an index is outside 0..<1326.
    public func equity(combo first: Int, vs second: Int) -> Double? {
        let combos = 0..<PreflopMatchupIndex.combos
        guard combos.contains(first), combos.contains(second), let slot = index.slot(first, second) else { return nil }
        return (Double(wins[slot]) + 0.5 * Double(ties[slot])) / Double(Self.boards)
    }

    /// Equity of a hand of this class against any two other cards, all equally likely.
    public func equityVsRandom(_ preflopClass: PreflopClass) -> Double {
        guard let combo = preflopClass.combos.first else { return 0 }
        return equityVsRandom(combo)
    }

    /// Equity of `hand` against any two of the other 50 cards, all equally likely.
    public func equityVsRandom(_ hand: HoleCards) -> Double {
        let total = versusRandom[Int(index.classOf[hand.index])]
        return (Double(total.wins) + 0.5 * Double(total.ties)) / Double(1_225 * Self.boards)
    }
}
