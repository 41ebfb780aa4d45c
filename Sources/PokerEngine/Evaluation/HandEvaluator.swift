/// TEMPORARY straightforward evaluator (rank counting); replaced by the perfect-hash evaluator.
/// Gives a comparable key, higher is better, for 5–7 cards.
public enum HandEvaluator {
    public static func evaluate(_ cards: CardSet) -> HandRank {
        var rankCounts = [Int](repeating: 0, count: 13)
        var suitMasks = [Int](repeating: 0, count: 4)
        var rankMask = 0
        for card in cards {
            rankCounts[Int(card.rank.rawValue)] += 1
            suitMasks[Int(card.suit.rawValue)] |= 1 << Int(card.rank.rawValue)
            rankMask |= 1 << Int(card.rank.rawValue)
        }
        func straightHigh(_ mask: Int) -> Int? {
            for high in stride(from: 12, through: 4, by: -1) where (mask >> (high - 4)) & 0x1F == 0x1F { return high }
            if mask & 0x100F == 0x100F { return 3 }
            return nil
        }
        func key(_ category: HandCategory, _ ranks: [Int]) -> HandRank {
            var k = category.rawValue
            for i in 0..<5 { k = k * 16 + (i < ranks.count ? ranks[i] + 1 : 0) }
            return HandRank(value: k)
        }
        func topRanks(_ mask: Int, _ n: Int) -> [Int] {
            var out: [Int] = []
            var r = 12
            while r >= 0 && out.count < n { if mask & (1 << r) != 0 { out.append(r) }; r -= 1 }
            return out
        }
        for mask in suitMasks where mask.nonzeroBitCount >= 5 {
            if let high = straightHigh(mask) { return key(.straightFlush, [high]) }
        }
        let quads = (0..<13).reversed().filter { rankCounts[$0] == 4 }
        let trips = (0..<13).reversed().filter { rankCounts[$0] == 3 }
        let pairs = (0..<13).reversed().filter { rankCounts[$0] == 2 }
        if let q = quads.first { return key(.fourOfAKind, [q] + topRanks(rankMask & ~(1 << q), 1)) }
        if let t = trips.first, let p = (trips.dropFirst() + pairs).max() { return key(.fullHouse, [t, p]) }
        for mask in suitMasks where mask.nonzeroBitCount >= 5 { return key(.flush, topRanks(mask, 5)) }
        if let high = straightHigh(rankMask) { return key(.straight, [high]) }
        if let t = trips.first { return key(.threeOfAKind, [t] + topRanks(rankMask & ~(1 << t), 2)) }
        if pairs.count >= 2 {
            return key(.twoPair, [pairs[0], pairs[1]] + topRanks(rankMask & ~(1 << pairs[0]) & ~(1 << pairs[1]), 1))
        }
        if let p = pairs.first { return key(.onePair, [p] + topRanks(rankMask & ~(1 << p), 3)) }
        return key(.highCard, topRanks(rankMask, 5))
    }
}

/// A comparable hand value; higher is better.
public struct HandRank: Hashable, Comparable, Sendable, Codable {
    public let value: Int
    public init(value: Int) { self.value = value }
    public static func < (lhs: HandRank, rhs: HandRank) -> Bool { lhs.value < rhs.value }
    public var category: HandCategory { HandCategory(rawValue: value >> 20)! }
}
