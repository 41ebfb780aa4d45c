import PokerEngine

/// A deliberately simple, independent evaluator: it ranks a five-card hand by sorting its ranks
/// into groups, and a six- or seven-card hand by trying every five-card subset. It shares no code
/// with `HandEvaluator` and knows nothing of its dense scale.
enum ReferenceEvaluator {
    /// A key that orders five-card hands: `category << 20` plus five rank nibbles, most
    /// significant first. Category numbers: 0 high card … 8 straight flush.
    static func key(five cards: [Card]) -> Int {
        var counts = [Int](repeating: 0, count: 13)
        for card in cards { counts[Int(card.rank.rawValue)] += 1 }
        // Ranks ordered by (how many, then rank), both descending: "K K K 7 7", "A A 5 5 Q".
        let ordered = (0..<13).filter { counts[$0] > 0 }
            .sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 > $1 }
        let shape = ordered.map { counts[$0] }
        let flush = cards.allSatisfy { $0.suit == cards[0].suit }
        var straightHigh: Int?
        if ordered.count == 5 {
            if ordered[0] - ordered[4] == 4 { straightHigh = ordered[0] }
            if ordered == [12, 3, 2, 1, 0] { straightHigh = 3 }
        }
        let category: Int
        switch (shape, flush, straightHigh) {
        case (_, true, .some): category = 8
        case ([4, 1], _, _): category = 7
        case ([3, 2], _, _): category = 6
        case (_, true, _): category = 5
        case (_, _, .some): category = 4
        case ([3, 1, 1], _, _): category = 3
        case ([2, 2, 1], _, _): category = 2
        case ([2, 1, 1, 1], _, _): category = 1
        default: category = 0
        }
        var key = category
        if let straightHigh { return category << 20 | straightHigh << 16 }
        for rank in ordered {
            for _ in 0..<counts[rank] { key = key << 4 | rank }
        }
        return key
    }

    /// The best five-card key among all five-card subsets of 5 to 7 cards.
    static func key(_ cards: [Card]) -> Int {
        var best = 0
        forEachSubset(of: cards.count, size: 5) { indices in
            best = max(best, key(five: indices.map { cards[$0] }))
        }
        return best
    }

    static func category(ofKey key: Int) -> Int { key >> 20 }

    /// Calls `body` with every `size`-element index subset of `0..<n`.
    static func forEachSubset(of n: Int, size: Int, _ body: ([Int]) -> Void) {
        var indices = Array(0..<size)
        while true {
            body(indices)
            var i = size - 1
            while i >= 0, indices[i] == n - size + i { i -= 1 }
            if i < 0 { return }
            indices[i] += 1
            for j in (i + 1)..<size { indices[j] = indices[j - 1] + 1 }
        }
    }
}

/// The reference scale: every distinct five-card key, ascending. Position + 1 is the dense value
/// the fast evaluator must produce. Built from one representative hand per five-card class: each
/// multiset of five ranks (at most four of a rank) dealt in mixed suits, and each set of five
/// distinct ranks also dealt in one suit.
enum ReferenceScale {
    static let keys: [Int] = {
        var seen = Set<Int>()
        func deal(_ ranks: [Int], suited: Bool) -> [Card] {
            ranks.enumerated().map { index, rank in
                Card(Rank(rawValue: UInt8(rank)) ?? .two, suited ? .spades : Suit.allCases[index % 4])
            }
        }
        func multisets(from rank: Int, size: Int) -> [[Int]] {
            if size == 0 { return [[]] }
            if rank < 0 { return [] }
            return (0...min(4, size)).flatMap { count in
                multisets(from: rank - 1, size: size - count).map { Array(repeating: rank, count: count) + $0 }
            }
        }
        for ranks in multisets(from: 12, size: 5) {
            seen.insert(ReferenceEvaluator.key(five: deal(ranks, suited: false)))
            if Set(ranks).count == 5 { seen.insert(ReferenceEvaluator.key(five: deal(ranks, suited: true))) }
        }
        return seen.sorted()
    }()

    static func value(ofKey key: Int) -> Int? {
        var low = 0, high = keys.count - 1
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return keys[low] == key ? low + 1 : nil
    }
}
