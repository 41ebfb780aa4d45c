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
