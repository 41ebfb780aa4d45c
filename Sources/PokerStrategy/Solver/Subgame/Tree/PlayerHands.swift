import PokerEngine

/// One player's combos in a solve: those with positive weight that do not touch the board,
/// ordered by `HoleCards.index`. Hands are numbered 0..<count; everything per hand is indexed so.
struct PlayerHands: Sendable {
    let combos: [HoleCards]
    let weights: [Float]
    /// Hand number of each of the 1,326 combos, or -1.
    let numberOfCombo: [Int32]
    /// The two cards of each hand, for the card-removal sums.
    let card1: FixedArray<UInt8>
    let card2: FixedArray<UInt8>

    init(weights range: [Double], board: CardSet) {
        var combos: [HoleCards] = [], weights: [Float] = []
        var numbers = [Int32](repeating: -1, count: HoleCards.all.count)
        for (index, combo) in HoleCards.all.enumerated() where range[index] > 0 && combo.cards.isDisjoint(with: board) {
            numbers[index] = Int32(combos.count)
            combos.append(combo)
            weights.append(Float(range[index]))
        }
        self.combos = combos
        self.weights = weights
        numberOfCombo = numbers
        card1 = FixedArray(combos.map(\.high.rawValue))
        card2 = FixedArray(combos.map(\.low.rawValue))
    }

    var count: Int { combos.count }

    /// For each hand, the number of the same combo in `other`, or -1.
    func sameCombo(in other: PlayerHands) -> FixedArray<Int32> {
        FixedArray(combos.map { other.numberOfCombo[$0.index] })
    }

    /// Hands holding each card: `hands[offsets[c] ..< offsets[c + 1]]`.
    func handsByCard() -> (offsets: FixedArray<Int32>, hands: FixedArray<Int32>) {
        var lists = [[Int32]](repeating: [], count: 52)
        for (h, combo) in combos.enumerated() {
            lists[Int(combo.high.rawValue)].append(Int32(h))
            lists[Int(combo.low.rawValue)].append(Int32(h))
        }
        var offsets: [Int32] = [0]
        for list in lists { offsets.append(offsets[offsets.count - 1] + Int32(list.count)) }
        return (FixedArray(offsets), FixedArray(lists.flatMap { $0 }))
    }

    /// Spreads per-hand values over the 1,326 combos (0 for combos not in the solve).
    func perCombo<T: BinaryFloatingPoint>(_ values: some Collection<T>) -> [Double] {
        var out = [Double](repeating: 0, count: HoleCards.all.count)
        for (h, value) in zip(combos.indices, values) { out[combos[h].index] = Double(value) }
        return out
    }
}
