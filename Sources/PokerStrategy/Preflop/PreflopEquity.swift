import PokerEngine

/// Preflop all-in equity of a hand against a weighted range, from the class matchup table.
/// The table is exact (`ClassMatchups.exact`).
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

    static let table: ClassMatchups = .exact
}
