/// A relabelling of the four suits. Equity is unchanged when every card of a question is
/// relabelled alike, so deals that differ only by such a relabelling (AsAh–KdKc and
/// AcAd–KhKs) need to be enumerated once.
struct SuitPermutation: Hashable, Sendable {
    /// `target[suit.rawValue]` is the raw value of the suit it becomes.
    let target: [UInt8]

    /// All 24 permutations, identity first.
    static let all: [SuitPermutation] = {
        var result: [SuitPermutation] = []
        func build(_ prefix: [UInt8]) {
            if prefix.count == 4 { result.append(SuitPermutation(target: prefix)); return }
            for suit in UInt8(0)..<4 where !prefix.contains(suit) { build(prefix + [suit]) }
        }
        build([])
        return result
    }()

    func apply(_ card: Card) -> Card {
        Card(rawValue: card.rawValue & ~3 | target[Int(card.rawValue & 3)]) ?? card
    }

    func apply(_ cards: CardSet) -> CardSet { CardSet(cards.map(apply)) }

    func apply(_ hole: HoleCards) -> HoleCards { HoleCards(apply(hole.high), apply(hole.low)) ?? hole }

    /// The permutations that map each of `sets` onto itself.
    static func stabilizer(of sets: [CardSet]) -> [SuitPermutation] {
        all.filter { permutation in sets.allSatisfy { permutation.apply($0) == $0 } }
    }
}

/// Canonical names for deals under a group of suit permutations.
struct DealCanonicalizer {
    let symmetries: [SuitPermutation]

    /// The smallest relabelling of `deal` (by combo indices, player by player).
    func key(_ deal: [HoleCards]) -> [UInt16] {
        var best = deal.map { UInt16($0.index) }
        for permutation in symmetries.dropFirst() {
            let candidate = deal.map { UInt16(permutation.apply($0).index) }
            if candidate.lexicographicallyPrecedes(best) { best = candidate }
        }
        return best
    }
}
