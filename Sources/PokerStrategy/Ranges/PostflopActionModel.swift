import PokerEngine

/// How likely each combo is to take a postflop action, for narrowing ranges where no solve is
/// used (the flop, multiway pots): a sound player bets and raises hands that are ahead of the
/// opponents' ranges plus a share of draws and air as bluffs, calls with the middle of its own range
/// and folds the bottom, in the proportions bet sizes imply (minimum defence 1/(1+s) against a bet
/// of s × pot, bluffs s/(1+2s) of a betting range). Each raise on a street asks for a stronger hand:
/// nine raises leave only the very top. Scores come from `BoardStrength` (0 weakest … 1 strongest):
/// `ahead` is measured against the opponents' ranges, `scores` within the player's own.
public enum PostflopActionModel {
    /// The floor of any likelihood: players sometimes do surprising things.
    public static let surprise = 0.02

    /// How far ahead of the opponents' ranges a hand must be to bet for value when nobody has bet
    /// yet: lower in position, higher out of position and for bigger bets, far higher when leading
    /// into the previous street's aggressor (a donk bet).
    static func betCut(fraction: Double, inPosition: Bool, leading: Bool) -> Double {
        if leading { return 0.88 }
        return (inPosition ? 0.6 : 0.66) + 0.05 * (min(2, fraction) - 0.6)
    }

    /// How far ahead a hand must be to raise after `raises` bets and raises on the street: each
    /// raise leaves only stronger hands; nine raises, only the very top.
    static func raiseCut(raises: Int) -> Double {
        let cuts = [0.94, 0.97, 0.985, 0.993, 0.997]
        return raises <= cuts.count ? cuts[max(0, raises - 1)] : 0.998
    }

    /// The most a strong hand bets when nobody has bet yet: the rest is slow-played (checked).
    static let slowPlay = 0.15

    /// Likelihood that each combo bets or raises (`aggressive`): value from how far ahead of the
    /// opponents' ranges it is (`ahead`, 0…1), bluffs from draws before the river and from the
    /// weakest hands on it, in the ratio the size implies (s/(1+2s) of a betting range).
    public static func aggressive(ahead: [Double], draws: [Double], fraction: Double, raisesBefore: Int,
                                  inPosition: Bool, river: Bool, leading: Bool = false) -> [Double] {
        let cut = raisesBefore == 0 ? betCut(fraction: fraction, inPosition: inPosition, leading: leading)
            : raiseCut(raises: raisesBefore)
        let bluffRatio = min(0.45, fraction / (1 + 2 * fraction)) * (raisesBefore >= 2 ? 0.3 : 1) * (leading ? 0.3 : 1)
        return ahead.indices.map { i in
            let s = ahead[i]
            // Leading into the last aggressor is rare even with strong hands: they check to the raiser.
            // Strong hands facing a bet often just call (they keep the caller's range strong).
            let cap = leading ? 0.1 : [1 - slowPlay, 0.55, 0.75, 0.9][min(raisesBefore, 3)]
            let value = smoothStep((s - cut) / 0.05) * cap
            let bluff: Double = river ? (s < 0.2 ? bluffRatio * 0.6 : 0) : min(1, draws[i] * 2.5) * bluffRatio
            return min(1, value + bluff * (1 - value))
        }
    }

    /// Likelihood that each combo calls a bet of `fraction` × pot (after `raisesBefore` earlier
    /// bets/raises on the street); `raising` is the aggressive likelihood at the same spot, so
    /// fold + call + raise stay within one.
    public static func call(scores: [Double], draws: [Double], fraction: Double, raisesBefore: Int,
                            raising: [Double]) -> [Double] {
        let defend = 1 / (1 + max(0.05, fraction))
        let keep = raisesBefore <= 1 ? defend : defend * 1.5 / Double(1 << min(20, raisesBefore - 1))
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
