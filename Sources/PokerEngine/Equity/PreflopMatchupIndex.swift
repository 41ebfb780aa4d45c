/// Numbers the heads-up preflop matchups up to suit relabelling: AsAh vs KdKc and AcAd vs KhKs
/// have the same equity, so they share one slot. There are 93,769 ordered matchups of two
/// disjoint hands (out of 1,624,350).
///
/// A hand is first relabelled to the representative of its class (one of 169) by a suit
/// permutation; the opponent's hand is relabelled alike and then made canonical under the
/// permutations that keep the representative in place. The slot of a class and a canonical
/// opponent is `classBase[class] + local[class * 1326 + opponent]`. A lookup is five table reads.
struct PreflopMatchupIndex: Sendable {
    /// Class number (0..<169) of each combo, by `HoleCards.index`.
    let classOf: [UInt8]
    /// The permutation (index into `SuitPermutation.all`) taking each combo to its class's representative.
    let permutationOf: [UInt8]
    /// `permuted[24 * combo + permutation]`: the combo's index after relabelling.
    let permuted: [UInt16]
    /// First slot of each class, and each (class, relabelled opponent)'s slot after it (`UInt16.max`: overlap).
    let classBase: [Int]
    let local: [UInt16]
    /// The representative combo of each class, and each slot's canonical (representative, opponent).
    let representatives: [Int]
    let matchups: [(first: Int, second: Int)]

    static let shared = PreflopMatchupIndex()
    static let combos = 1326
    static let noSlot = UInt16.max

    init() {
        let combos = Self.combos, permutations = SuitPermutation.all
        var permuted = [UInt16](repeating: 0, count: 24 * combos)
        for (combo, cards) in HoleCards.all.enumerated() {
            for (p, permutation) in permutations.enumerated() { permuted[24 * combo + p] = UInt16(permutation.apply(cards).index) }
        }
        // Representative: the smallest index among a combo's images.
        var classOf = [UInt8](repeating: 0, count: combos), permutationOf = classOf
        var representatives: [Int] = [], classByRepresentative: [Int: Int] = [:]
        for combo in 0..<combos {
            let images = (0..<24).map { Int(permuted[24 * combo + $0]) }
            let representative = images.min() ?? combo
            let classNumber = classByRepresentative[representative] ?? representatives.count
            if classNumber == representatives.count {
                representatives.append(representative)
                classByRepresentative[representative] = classNumber
            }
            classOf[combo] = UInt8(classNumber)
            permutationOf[combo] = UInt8(images.firstIndex(of: representative) ?? 0)
        }
        var classBase: [Int] = [], local = [UInt16](repeating: Self.noSlot, count: representatives.count * combos)
        var matchups: [(first: Int, second: Int)] = []
        for (classNumber, representative) in representatives.enumerated() {
            classBase.append(matchups.count)
            let stabilizer = (0..<24).filter { Int(permuted[24 * representative + $0]) == representative }
            let cards = HoleCards.all[representative].cards
            var localOf: [Int: Int] = [:]
            for opponent in 0..<combos where HoleCards.all[opponent].cards.isDisjoint(with: cards) {
                let canonical = stabilizer.map { Int(permuted[24 * opponent + $0]) }.min() ?? opponent
                let slot = localOf[canonical] ?? localOf.count
                if slot == localOf.count {
                    localOf[canonical] = slot
                    matchups.append((representative, canonical))
                }
                local[classNumber * combos + opponent] = UInt16(slot)
            }
        }
        (self.classOf, self.permutationOf, self.permuted) = (classOf, permutationOf, permuted)
        (self.classBase, self.local, self.representatives, self.matchups) = (classBase, local, representatives, matchups)
    }

    var count: Int { matchups.count }

    /// The slot of `first` against `second` (combo indices), or nil when they share a card.
    @inline(__always)
    func slot(_ first: Int, _ second: Int) -> Int? {
        let classNumber = Int(classOf[first])
        let opponent = Int(permuted[24 * second + Int(permutationOf[first])])
        let slot = local[classNumber * Self.combos + opponent]
        return slot == Self.noSlot ? nil : classBase[classNumber] + Int(slot)
    }
}
