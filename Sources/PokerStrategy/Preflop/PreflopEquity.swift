import PokerEngine

/// Preflop all-in equity of a hand against a weighted range, from the class matchup table.
/// The table is built once per process (see `matchupSource`).
public enum PreflopEquity {
    /// The class table in use.
    public static var matchups: ClassMatchups { table }

    /// Equity (0…1) of class `hero` (index into `PreflopClass.all`) against combos weighted by
    /// `comboWeights` (1,326 weights by `HoleCards.index`), card removal at class level.
    public static func equity(heroClass hero: Int, versus comboWeights: [Double]) -> Double {
        let classWeights = classWeights(comboWeights)
        return equity(heroClass: hero, versusClasses: classWeights)
    }

    /// Equity of class `hero` against class weights (169, each the share of that class held).
    public static func equity(heroClass hero: Int, versusClasses weights: [Double]) -> Double {
        let n = ClassMatchups.classCount
        let table = Self.table
        var total = 0.0, weight = 0.0
        for j in 0..<n where weights[j] > 0 {
            let w = table.pairs[hero * n + j] * weights[j]
            total += w * table.equity[hero * n + j]
            weight += w
        }
        return weight > 0 ? total / weight : 0.5
    }

    /// Combo weights summed to class shares (the average weight of the class's combos).
    public static func classWeights(_ comboWeights: [Double]) -> [Double] {
        var sums = [Double](repeating: 0, count: ClassMatchups.classCount)
        for (combo, w) in comboWeights.enumerated() where w > 0 { sums[ClassMatchups.classIndexOfCombo[combo]] += w }
        for (i, cls) in PreflopClass.all.enumerated() { sums[i] /= Double(cls.comboCount) }
        return sums
    }

    static let table: ClassMatchups = ClassMatchups.monteCarlo(samplesPerPair: 600, seed: 0x5eed_c1a5)
}

extension ClassMatchups {
    /// An estimate by sampling: for each class pair, `samplesPerPair` deals of a random disjoint
    /// combo of each class and a random board (standard error about 0.5/√samples).
    public static func monteCarlo(samplesPerPair: Int, seed: UInt64) -> ClassMatchups {
        let n = classCount
        let combos = PreflopClass.all.map(\.combos)
        var equity = [Double](repeating: 0.5, count: n * n)
        var pairs = [Double](repeating: 0, count: n * n)
        var rng = SeededGenerator(seed: seed)
        for i in 0..<n {
            for j in i..<n {
                var disjoint = 0
                for a in combos[i] { for b in combos[j] where a.cards.isDisjoint(with: b.cards) { disjoint += 1 } }
                guard disjoint > 0 else { continue }
                var won = 0.0
                for _ in 0..<samplesPerPair {
                    var a = combos[i][Int(rng.next() % UInt64(combos[i].count))]
                    var b = combos[j][Int(rng.next() % UInt64(combos[j].count))]
                    while !a.cards.isDisjoint(with: b.cards) {
                        a = combos[i][Int(rng.next() % UInt64(combos[i].count))]
                        b = combos[j][Int(rng.next() % UInt64(combos[j].count))]
                    }
                    var used = a.cards.union(b.cards)
                    var board = HandAccumulator.empty
                    var dealt = 0
                    while dealt < 5 {
                        let card = Card.all[Int(rng.next() % 52)]
                        guard !used.contains(card) else { continue }
                        used.insert(card)
                        board = board + HandAccumulator(card)
                        dealt += 1
                    }
                    let va = (board + HandAccumulator(a.cards)).value, vb = (board + HandAccumulator(b.cards)).value
                    won += va > vb ? 1 : (va == vb ? 0.5 : 0)
                }
                let e = i == j ? 0.5 : won / Double(samplesPerPair)
                equity[i * n + j] = e
                equity[j * n + i] = 1 - e
                pairs[i * n + j] = Double(disjoint)
                pairs[j * n + i] = Double(disjoint)
            }
        }
        return ClassMatchups(equity: equity, pairs: pairs)
    }
}
