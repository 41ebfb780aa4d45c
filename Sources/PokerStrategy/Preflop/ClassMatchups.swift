import PokerEngine

/// Heads-up all-in equities between the 169 starting-hand classes: for classes `i` and `j`, the
/// number of disjoint combo pairs and the first class's equity averaged over them (ties count
/// half). Card removal is exact: AKs against AA counts only the 4 × 3 pairs that can coexist.
public struct ClassMatchups: Sendable {
    public static let classCount = PreflopClass.all.count
    /// `equity[i * 169 + j]`: class i's equity against class j.
    public let equity: [Double]
    /// `pairs[i * 169 + j]`: disjoint combo pairs.
    public let pairs: [Double]

    /// Builds the table from a combo-level equity function `f(a, b)` = equity of combo `a`
    /// against combo `b` (by `HoleCards.index`), called once per disjoint unordered pair.
    public init(comboEquity f: (Int, Int) -> Double) {
        let n = Self.classCount
        var sum = [Double](repeating: 0, count: n * n)
        var count = [Double](repeating: 0, count: n * n)
        let classOf = Self.classIndexOfCombo
        let all = HoleCards.all
        for a in 0..<all.count {
            for b in (a + 1)..<all.count where all[a].cards.isDisjoint(with: all[b].cards) {
                let e = f(a, b)
                let i = classOf[a], j = classOf[b]
                sum[i * n + j] += e
                count[i * n + j] += 1
                sum[j * n + i] += 1 - e
                count[j * n + i] += 1
            }
        }
        equity = zip(sum, count).map { $1 > 0 ? $0 / $1 : 0.5 }
        pairs = count
    }

    /// A table from precomputed values (tests).
    public init(equity: [Double], pairs: [Double]) {
        precondition(equity.count == Self.classCount * Self.classCount && pairs.count == equity.count)
        self.equity = equity
        self.pairs = pairs
    }

    /// The combos (by `HoleCards.index`) of each class.
    public static let combosOfClass: [[Int]] = {
        var out = [[Int]](repeating: [], count: classCount)
        for (combo, cls) in classIndexOfCombo.enumerated() { out[cls].append(combo) }
        return out
    }()

    /// Class index (position in `PreflopClass.all`) of every combo.
    public static let classIndexOfCombo: [Int] = {
        var index: [PreflopClass: Int] = [:]
        for (i, cls) in PreflopClass.all.enumerated() { index[cls] = i }
        return HoleCards.all.map { index[$0.preflopClass] ?? 0 }
    }()
}
