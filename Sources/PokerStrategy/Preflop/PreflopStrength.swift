import PokerEngine

/// Preflop hand strength as a percentile over all 1,326 starting hands: 1.0 for aces, near 0
/// for 7-2 offsuit. Ordered by the Sklansky–Malmuth tier, then by Bill Chen's point formula
/// within a tier, so "the top 20% of hands" is a well-defined range.
public enum PreflopStrength {
    /// The 169 classes, strongest first.
    public static let ordered: [PreflopClass] = PreflopClass.all.sorted { a, b in
        if a.tier != b.tier { return a.tier < b.tier }
        let ca = chenScore(a), cb = chenScore(b)
        return ca != cb ? ca > cb : a.name < b.name
    }

    /// Fraction of the 1,326 combos that are weaker than this class (0…1).
    public static let percentile: [PreflopClass: Double] = {
        var result: [PreflopClass: Double] = [:]
        var weaker = 1326
        for cls in ordered {
            weaker -= cls.comboCount
            result[cls] = Double(weaker + cls.comboCount / 2) / 1326
        }
        return result
    }()

    /// `percentile` for every combo, by `HoleCards.index`.
    public static let comboPercentile: [Double] = HoleCards.all.map { percentile[$0.preflopClass] ?? 0 }

    public static func percentile(of cards: [Card]) -> Double {
        guard cards.count == 2 else { return 0 }
        return percentile[PreflopClass(cards[0], cards[1])] ?? 0
    }

    /// The strongest `fraction` of starting hands as a range (e.g. 0.2 → the top 20%).
    public static func topRange(_ fraction: Double) -> HandRange {
        let cut = max(0.01, min(1, fraction))
        var combos: [HandRange.Combo] = []
        var taken = 0
        for cls in ordered {
            guard Double(taken) / 1326 < cut else { break }
            for hole in cls.combos { combos.append(HandRange.Combo(hole)) }
            taken += cls.comboCount
        }
        return HandRange(combos)
    }

    /// Bill Chen's formula: points for the high card, pairs doubled, suited +2, gaps penalised,
    /// small connectors rewarded.
    public static func chenScore(_ cls: PreflopClass) -> Double {
        func points(_ rank: Rank) -> Double {
            switch rank {
            case .ace: 10
            case .king: 8
            case .queen: 7
            case .jack: 6
            default: Double(rank.rawValue + 2) / 2
            }
        }
        if cls.high == cls.low { return max(5, points(cls.high) * 2) }
        var score = points(cls.high)
        if cls.shape == .suited { score += 2 }
        let gap = Int(cls.high.rawValue) - Int(cls.low.rawValue) - 1
        score -= [0, 1, 2, 4, 5][min(gap, 4)]
        if gap <= 1 && cls.high < .queen { score += 1 }
        return score
    }
}
