import PokerEngine

/// The hand descriptions PokerStars prints after shown cards: "a pair of Kings", "two pair,
/// Kings and Fives", "a straight, Ten to Ace", "a full house, Kings full of Fives", "a Royal
/// Flush". Works on 2 to 7 cards (hands are shown before the board is complete in an all-in),
/// from the cards alone, independent of the evaluator's internal encoding.
public enum PokerStarsHandName {
    public static func describe(_ cards: [Card]) -> String {
        let ranks = cards.map { Int($0.rank.rawValue) }
        var counts = [Int](repeating: 0, count: 13)
        for r in ranks { counts[r] += 1 }
        let descending = (0..<13).reversed()
        let quads = descending.filter { counts[$0] == 4 }
        let trips = descending.filter { counts[$0] == 3 }
        let pairs = descending.filter { counts[$0] == 2 }

        for suit in Suit.allCases {
            let suited = cards.filter { $0.suit == suit }.map { Int($0.rank.rawValue) }
            guard suited.count >= 5 else { continue }
            if let high = straightHigh(Set(suited)) {
                return high == 12 ? "a Royal Flush" : "a straight flush, \(straightName(high))"
            }
        }
        if let q = quads.first { return "four of a kind, \(plural(q))" }
        if let t = trips.first, let p = (Array(trips.dropFirst()) + pairs).max() {
            return "a full house, \(plural(t)) full of \(plural(p))"
        }
        for suit in Suit.allCases {
            let suited = cards.filter { $0.suit == suit }.map { Int($0.rank.rawValue) }
            if suited.count >= 5, let top = suited.max() { return "a flush, \(name(top)) high" }
        }
        if let high = straightHigh(Set(ranks)) { return "a straight, \(straightName(high))" }
        if let t = trips.first { return "three of a kind, \(plural(t))" }
        if pairs.count >= 2 { return "two pair, \(plural(pairs[0])) and \(plural(pairs[1]))" }
        if let p = pairs.first { return "a pair of \(plural(p))" }
        return "high card \(name(ranks.max() ?? 12))"
    }

    /// Highest card of the best straight among `ranks` (3 for the wheel, five-high).
    static func straightHigh(_ ranks: Set<Int>) -> Int? {
        for high in stride(from: 12, through: 4, by: -1) where (high - 4...high).allSatisfy(ranks.contains) {
            return high
        }
        return [12, 0, 1, 2, 3].allSatisfy(ranks.contains) ? 3 : nil
    }

    static func straightName(_ high: Int) -> String {
        high == 3 ? "Ace to Five" : "\(name(high - 4)) to \(name(high))"
    }

    static func name(_ rank: Int) -> String { Rank(rawValue: UInt8(rank)).map(\.name) ?? "?" }
    static func plural(_ rank: Int) -> String { Rank(rawValue: UInt8(rank)).map(\.pluralName) ?? "?" }
}
