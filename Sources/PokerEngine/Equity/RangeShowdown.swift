/// Exact equity of one hand against a weighted range on a board of three to five cards: every
/// run-out of the board, every combo of the range that fits it.
///
/// When a run-out leaves no three cards of a suit on the board nobody can have a flush, and a
/// combo's value depends on its two ranks only: the range is then scored per rank pair (at most
/// 91 evaluations), with each pair's total weight less the combos that hold a run-out card.
/// Other run-outs evaluate every combo.
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
    /// Distinct rank pairs among the combos: their rank sums and total weights.
    let rankPairKeys: [UInt64]
    let rankPairWeights: [Double]
    /// For each card (raw value), the combos holding it.
    let combosByCard: [[Int]]

    init(hero: HoleCards, range: HandRange, board: CardSet, dead: CardSet) {
        let known = board.union(dead).union(hero.cards)
        self.hero = HandAccumulator(hero.cards)
        self.board = board
        live = CardSet.full.subtracting(known)
        var slotOfPair = [Int](repeating: -1, count: 169), keys: [UInt64] = [], weights: [Double] = []
        var combos: [Combo] = [], byCard = [[Int]](repeating: [], count: 52)
        for combo in range.combos where combo.cards.cards.isDisjoint(with: known) {
            let pair = Int(combo.cards.high.rank.rawValue) * 13 + Int(combo.cards.low.rank.rawValue)
            let hand = HandAccumulator(combo.cards.cards)
            if slotOfPair[pair] < 0 {
                slotOfPair[pair] = keys.count
                keys.append(hand.key & 0xFFFF_FFFF)
                weights.append(0)
            }
            weights[slotOfPair[pair]] += combo.weight
            byCard[Int(combo.cards.high.rawValue)].append(combos.count)
            byCard[Int(combo.cards.low.rawValue)].append(combos.count)
            combos.append(Combo(cards: combo.cards.cards.bits, hand: hand, weight: combo.weight, rankPair: slotOfPair[pair]))
        }
        self.combos = combos
        rankPairKeys = keys
        rankPairWeights = weights
        combosByCard = byCard
    }

    static let noCard = -1

    /// (Σ weight × pot share won by the hero, Σ weight) over every run-out and fitting combo.
    func run() -> (won: Double, total: Double) {
        let kernel = EvaluationKernel()
        let deck = Array(live)
        var won = 0.0, total = 0.0
        var weights = rankPairWeights
        /// One run-out of at most two cards (`noCard` for none).
        func score(_ first: Int, _ second: Int) {
            var runoutBits: UInt64 = 0
            for card in [first, second] where card != Self.noCard { runoutBits |= 1 << UInt64(card) }
            let final = HandAccumulator(board.union(CardSet(bits: runoutBits)))
            let heroValue = kernel.value(final + hero)
            guard !final.mayHoldFlush(withMoreCards: 2) else {
                for combo in combos where combo.cards & runoutBits == 0 {
                    let value = kernel.value(final + combo.hand)
                    total += combo.weight
                    won += heroValue > value ? combo.weight : heroValue == value ? 0.5 * combo.weight : 0
                }
                return
            }
            // Rank pairs, less the combos that hold a run-out card (a combo holding both only once).
            for card in [first, second] where card != Self.noCard {
                for index in combosByCard[card] where !(card == second && combos[index].cards & (1 << UInt64(first)) != 0) {
                    weights[combos[index].rankPair] -= combos[index].weight
                }
            }
            for (slot, key) in rankPairKeys.enumerated() {
                // A rank pair with no live combo left may be impossible with this run-out (a fifth
                // card of a rank): its key lies outside the rank table, so it is never looked up.
                guard weights[slot] > 1e-9 else {
                    weights[slot] = rankPairWeights[slot]
                    continue
                }
                let value = kernel.valueWithoutFlush(HandAccumulator(key: final.key &+ key, mask: 0))
                total += weights[slot]
                won += heroValue > value ? weights[slot] : heroValue == value ? 0.5 * weights[slot] : 0
                weights[slot] = rankPairWeights[slot]
            }
        }
        let cards = deck.map { Int($0.rawValue) }
        switch 5 - board.count {
        case 0: score(Self.noCard, Self.noCard)
        case 1: for a in cards { score(a, Self.noCard) }
        default:
            for (i, a) in cards.enumerated() { for b in cards[(i + 1)...] { score(a, b) } }
        }
        return (won, total)
    }
}
