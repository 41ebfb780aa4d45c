import PokerEngine

/// How likely each combo is to take a postflop action, for narrowing ranges when no solve is at
/// hand (multiway pots, or before the solver's answer): a sound player bets and raises its
/// strongest hands plus a share of draws and air as bluffs, calls with the middle and folds the
/// bottom, in the proportions bet sizes imply (minimum defence 1/(1+s) against a bet of s × pot,
/// bluffs s/(1+2s) of a betting range). Each raise on a street halves the value share (and more):
/// nine raises leave only the very top. Scores come from `BoardStrength` (0 weakest … 1 strongest).
public enum PostflopActionModel {
    /// The floor of any likelihood: players sometimes do surprising things.
    public static let surprise = 0.02

    /// Share of a range that bets when checked to (or leads), by the pot fraction and position.
    static func bettingShare(fraction: Double, inPosition: Bool) -> Double {
        let base = inPosition ? 0.45 : 0.3
        return min(0.7, max(0.12, base - 0.1 * (fraction - 0.6)))
    }

    /// Share of the range kept for value when the street already saw `raises` bets/raises.
    static func valueShare(raises: Int, fraction: Double) -> Double {
        let base = [0.33, 0.12, 0.05, 0.025, 0.012][min(raises, 4)]
        let deeper = raises >= 5 ? pow2(-(raises - 4)) : 1
        return base * deeper * (fraction > 1 ? 0.8 : 1)
    }

    static func pow2(_ exponent: Int) -> Double { exponent >= 0 ? Double(1 << exponent) : 1 / Double(1 << -exponent) }

    /// Likelihood that each combo bets or raises (`aggressive`) given its score, the size as a pot
    /// fraction, how many bets/raises the street has seen before this one, and draw equity.
    public static func aggressive(scores: [Double], draws: [Double], fraction: Double, raisesBefore: Int,
                                  inPosition: Bool, river: Bool) -> [Double] {
        let share = raisesBefore == 0 ? bettingShare(fraction: fraction, inPosition: inPosition)
            : valueShare(raises: raisesBefore, fraction: fraction) * 1.3
        let bluffRatio = min(0.45, fraction / (1 + 2 * fraction)) * (raisesBefore >= 2 ? 0.3 : 1)
        let valueShare = share * (1 - bluffRatio)
        let cut = 1 - valueShare
        return scores.indices.map { i in
            let s = scores[i]
            let value = smoothStep((s - cut) / 0.04)
            // Bluffs: draws before the river, the weakest hands on it.
            let bluff: Double = river ? (s < 0.25 ? bluffRatio * 0.9 : 0) : min(1, draws[i] * 2.5) * bluffRatio * 1.5
            return surprise + (1 - surprise) * min(1, value + bluff * (1 - value))
        }
    }

    /// Likelihood that each combo calls a bet of `fraction` × pot (after `raisesBefore` earlier
    /// bets/raises on the street); `raising` is the aggressive likelihood at the same spot, so
    /// fold + call + raise stay within one.
    public static func call(scores: [Double], draws: [Double], fraction: Double, raisesBefore: Int,
                            raising: [Double]) -> [Double] {
        let defend = 1 / (1 + max(0.05, fraction))
        let keep = raisesBefore <= 1 ? defend : defend * pow2(-(raisesBefore - 1)) * 1.5
        let cut = 1 - min(0.95, keep)
        return scores.indices.map { i in
            let s = min(1, scores[i] + draws[i] * 0.5)
            let continues = smoothStep((s - cut) / 0.05)
            return surprise + (1 - surprise) * max(0, continues - raising[i])
        }
    }

    /// A smooth 0…1 step centred at 0.
    static func smoothStep(_ x: Double) -> Double {
        if x <= -1 { return 0 }
        if x >= 1 { return 1 }
        return 0.5 + 0.75 * x - 0.25 * x * x * x
    }
}
