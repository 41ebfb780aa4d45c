/// Best five-card pattern of 5 to 7 cards, computed slowly from rank counts. Used only to fill
/// the evaluator's tables at first use; the tests check the result against an independent
/// brute-force evaluator.
extension HandPattern {
    /// The best pattern made by ranks only (no flush possible), from per-rank counts.
    static func bestWithoutFlush(counts: [Int]) -> HandPattern {
        var rankMask = 0
        var quads: [Int] = [], trips: [Int] = [], pairs: [Int] = []
        for rank in stride(from: 12, through: 0, by: -1) where counts[rank] > 0 {
            rankMask |= 1 << rank
            switch counts[rank] {
            case 4: quads.append(rank)
            case 3: trips.append(rank)
            case 2: pairs.append(rank)
            default: break
            }
        }
        func kickers(excluding excluded: [Int], _ count: Int) -> [Int] {
            topRanks(of: excluded.reduce(rankMask) { $0 & ~(1 << $1) }, count: count)
        }
        if let quad = quads.first {
            return HandPattern(.fourOfAKind, [quad, quad, quad, quad] + kickers(excluding: [quad], 1))
        }
        if let trip = trips.first, let pair = (trips.dropFirst() + pairs).max() {
            return HandPattern(.fullHouse, [trip, trip, trip, pair, pair])
        }
        if let high = straightHigh(in: rankMask) {
            return HandPattern(.straight, straightRanks(high: high))
        }
        if let trip = trips.first {
            return HandPattern(.threeOfAKind, [trip, trip, trip] + kickers(excluding: [trip], 2))
        }
        if pairs.count >= 2 {
            let (high, low) = (pairs[0], pairs[1])
            return HandPattern(.twoPair, [high, high, low, low] + kickers(excluding: [high, low], 1))
        }
        if let pair = pairs.first {
            return HandPattern(.onePair, [pair, pair] + kickers(excluding: [pair], 3))
        }
        return HandPattern(.highCard, topRanks(of: rankMask, count: 5))
    }

    /// The best pattern among the ranks of one suit holding at least five cards (13-bit mask).
    static func bestFlush(rankMask: Int) -> HandPattern {
        if let high = straightHigh(in: rankMask) {
            return HandPattern(.straightFlush, straightRanks(high: high))
        }
        return HandPattern(.flush, topRanks(of: rankMask, count: 5))
    }
}
