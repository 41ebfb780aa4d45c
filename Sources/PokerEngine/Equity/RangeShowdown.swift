/// Exact equity of one hand against a weighted range on a board of three to five cards: every
/// run-out of the board, every combo of the range that fits it. When a run-out leaves no three
/// cards of a suit on the board, nobody can have a flush and a combo's value depends on its two
/// ranks only, so the range is evaluated once per rank pair (at most 91) instead of per combo.
struct RangeShowdown {
    /// A combo of the range: its cards, its accumulator, its weight and its rank pair's slot.
    struct Combo {
        var cards: UInt64
        var hand: HandAccumulator
        var weight: Double
        var rankPair: Int
    }

    let hero: HandAccumulator
    let board: CardSet
    let live: CardSet
    let combos: [Combo]
    /// Distinct rank pairs among the combos: their rank sums.
    let rankPairKeys: [UInt64]

    init(hero: HoleCards, range: HandRange, board: CardSet, dead: CardSet) {
        let known = board.union(dead).union(hero.cards)
        self.hero = HandAccumulator(hero.cards)
        self.board = board
        live = CardSet.full.subtracting(known)
        var slotByKey: [UInt64: Int] = [:], keys: [UInt64] = []
        var combos: [Combo] = []
        for combo in range.combos where combo.cards.cards.isDisjoint(with: known) {
            let hand = HandAccumulator(combo.cards.cards)
            let key = hand.key & 0xFFFF_FFFF
            let slot = slotByKey[key] ?? keys.count
            if slot == keys.count { slotByKey[key] = slot; keys.append(key) }
            combos.append(Combo(cards: combo.cards.cards.bits, hand: hand, weight: combo.weight, rankPair: slot))
        }
        self.combos = combos
        rankPairKeys = keys
    }

    /// (Σ weight × pot share won by the hero, Σ weight) over every run-out and fitting combo.
    func run() -> (won: Double, total: Double) {
        let kernel = EvaluationKernel()
        let missing = 5 - board.count
        let deck = Array(live)
        var won = 0.0, total = 0.0
        var rankValues = [Int](repeating: 0, count: rankPairKeys.count)
        func score(_ runout: UInt64) {
            let final = HandAccumulator(board.union(CardSet(bits: runout)))
            let heroValue = kernel.value(final + hero)
            let flushFree = !final.mayHoldFlush(withMoreCards: 2)
            if flushFree {
                for (slot, key) in rankPairKeys.enumerated() {
                    rankValues[slot] = kernel.valueWithoutFlush(HandAccumulator(key: final.key &+ key, mask: 0))
                }
            }
            for combo in combos where combo.cards & runout == 0 {
                let value = flushFree ? rankValues[combo.rankPair] : kernel.value(final + combo.hand)
                total += combo.weight
                won += heroValue > value ? combo.weight : heroValue == value ? 0.5 * combo.weight : 0
            }
        }
        switch missing {
        case 0: score(0)
        case 1: for a in deck { score(1 << UInt64(a.rawValue)) }
        default:
            for (i, a) in deck.enumerated() {
                for b in deck[(i + 1)...] { score(1 << UInt64(a.rawValue) | 1 << UInt64(b.rawValue)) }
            }
        }
        return (won, total)
    }
}
