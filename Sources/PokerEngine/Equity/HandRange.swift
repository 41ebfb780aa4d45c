/// The hands a player may hold: a set of two-card combinations, each with a weight in (0, 1]
/// (the share of that combination the player plays). Build one from range notation with
/// `HandRange(parsing:)` — see `HandRange+Parsing.swift` for the syntax — or from one combo.
public struct HandRange: Hashable, Sendable, CustomStringConvertible {
    /// One combination and its weight.
    public struct Combo: Hashable, Sendable {
        public let cards: HoleCards
        public let weight: Double

        public init(_ cards: HoleCards, weight: Double = 1) {
            self.cards = cards
            self.weight = weight
        }
    }

    /// Distinct combinations ordered by `HoleCards.index`, all with weight > 0.
    public let combos: [Combo]

    /// Combinations in any order; a combination given twice keeps the later weight, and weights
    /// of 0 or less drop it. Weights above 1 are capped at 1.
    public init(_ combos: some Sequence<Combo>) {
        var weights = [Double?](repeating: nil, count: HoleCards.all.count)
        for combo in combos { weights[combo.cards.index] = combo.weight > 0 ? min(combo.weight, 1) : nil }
        self.combos = zip(HoleCards.all, weights).compactMap { cards, weight in
            weight.map { Combo(cards, weight: $0) }
        }
    }

    /// Exactly these two cards.
    public init(_ cards: HoleCards) {
        combos = [Combo(cards)]
    }

    /// Any two cards: all 1,326 combinations.
    public static let random = HandRange(HoleCards.all.map { Combo($0) })

    public var count: Int { combos.count }
    public var isEmpty: Bool { combos.isEmpty }

    /// The single combination when the range holds exactly one.
    public var onlyCombo: HoleCards? { combos.count == 1 ? combos[0].cards : nil }

    /// This range without the combinations that use any of `cards` (board or dead cards).
    public func removing(_ cards: CardSet) -> HandRange {
        HandRange(combos.filter { $0.cards.cards.isDisjoint(with: cards) })
    }

    /// Compact notation: whole classes by name (`AKs`, `QQ:0.5`), other combos spelled out,
    /// `random` for all 1,326.
    public var description: String {
        if combos.count == HoleCards.all.count, combos.allSatisfy({ $0.weight == 1 }) { return "random" }
        var items: [String] = []
        var byClass: [PreflopClass: [Combo]] = [:]
        for combo in combos { byClass[combo.cards.preflopClass, default: []].append(combo) }
        for preflopClass in PreflopClass.all {
            guard let members = byClass[preflopClass] else { continue }
            let weights = Set(members.map(\.weight))
            if members.count == preflopClass.comboCount, weights.count == 1, let weight = weights.first {
                items.append(preflopClass.name + Self.weightSuffix(weight))
            } else {
                items += members.map { "\($0.cards)" + Self.weightSuffix($0.weight) }
            }
        }
        return items.joined(separator: ",")
    }

    static func weightSuffix(_ weight: Double) -> String { weight == 1 ? "" : ":\(weight)" }
}
