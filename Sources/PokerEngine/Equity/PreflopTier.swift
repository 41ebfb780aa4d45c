/// A strength tier for each of the 169 starting-hand classes: the Sklansky–Malmuth hand groups
/// 1–8 (from *Hold'em Poker for Advanced Players*), plus tier 9 for every class outside them.
/// A lower number is stronger; hands within a tier play roughly alike before the flop.
///
/// | Tier | Name | Classes |
/// |---|---|---|
/// | 1 | premium | AA KK QQ JJ AKs |
/// | 2 | strong | TT AQs AJs KQs AKo |
/// | 3 | good | 99 JTs QJs KJs ATs AQo |
/// | 4 | playable | T9s KQo 88 QTs 98s J9s AJo KTs |
/// | 5 | speculative | 77 87s Q9s T8s KJo QJo JTo 76s 97s A9s–A2s 65s |
/// | 6 | marginal | 66 ATo 55 86s KTo QTo 54s K9s J8s 75s |
/// | 7 | loose | 44 J9o 64s T9o 53s 33 98o 43s 22 K8s–K2s T7s Q8s |
/// | 8 | risky | 87o A9o Q9o 76o 42s 32s 96s 85s J8o J7s 65o 54o 74s K9o T8o |
/// | 9 | weak | everything else (72o, J4o, …) |
///
/// The groups were written for limit hold'em; for no-limit they remain a fair ordering of raw
/// preflop strength, which is what AI prompts and decision analysis use them for.
public enum PreflopTier: Int, CaseIterable, Comparable, Sendable, Codable, CustomStringConvertible {
    case premium = 1, strong, good, playable, speculative, marginal, loose, risky, weak

    public static func < (lhs: PreflopTier, rhs: PreflopTier) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { "\(rawValue) (\(name))" }

    /// `premium`, `strong`, … `weak`.
    public var name: String {
        ["premium", "strong", "good", "playable", "speculative", "marginal", "loose", "risky", "weak"][rawValue - 1]
    }

    /// The classes of each Sklansky–Malmuth group, in range notation.
    static let groups: [String] = [
        "AA,KK,QQ,JJ,AKs",
        "TT,AQs,AJs,KQs,AKo",
        "99,JTs,QJs,KJs,ATs,AQo",
        "T9s,KQo,88,QTs,98s,J9s,AJo,KTs",
        "77,87s,Q9s,T8s,KJo,QJo,JTo,76s,97s,A9s-A2s,65s",
        "66,ATo,55,86s,KTo,QTo,54s,K9s,J8s,75s",
        "44,J9o,64s,T9o,53s,33,98o,43s,22,K8s-K2s,T7s,Q8s",
        "87o,A9o,Q9o,76o,42s,32s,96s,85s,J8o,J7s,65o,54o,74s,K9o,T8o",
    ]

    /// Tier by class, built from `groups`.
    static let byClass: [PreflopClass: PreflopTier] = {
        var tiers: [PreflopClass: PreflopTier] = [:]
        for (index, group) in groups.enumerated() {
            let tier = PreflopTier(rawValue: index + 1) ?? .weak
            for combo in (try? HandRange(parsing: group))?.combos ?? [] {
                tiers[combo.cards.preflopClass] = tier
            }
        }
        return tiers
    }()
}

extension PreflopClass {
    /// The strength tier (see `PreflopTier`).
    public var tier: PreflopTier { PreflopTier.byClass[self] ?? .weak }
}
