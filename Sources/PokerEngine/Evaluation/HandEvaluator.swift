/// Texas Hold'em hand evaluation for five, six or seven cards.
///
/// Values are dense (`HandRank`, 1...7462, higher is better) and come from small lookup tables
/// built at first use (see `EvaluatorTables`). For hot loops build `HandAccumulator`s
/// incrementally instead of calling `evaluate` on card sets.
public enum HandEvaluator {
    /// The value of the best five of `cards`. Requires five to seven cards.
    @inlinable
    public static func evaluate(_ cards: CardSet) -> HandRank {
        precondition((5...7).contains(cards.count), "evaluate needs 5 to 7 cards, got \(cards.count)")
        return HandRank(value: HandAccumulator(cards).value)
    }

    /// The value of the best five of `cards`. Requires five to seven distinct cards.
    public static func evaluate(_ cards: [Card]) -> HandRank {
        let set = CardSet(cards)
        precondition(set.count == cards.count, "evaluate needs distinct cards")
        return evaluate(set)
    }

    /// The five cards that make the value of `cards` (five to seven distinct cards), in reading
    /// order: the set first, then kickers (`Kh Kd Ks 7c 7h`, `Ah As 5d 5c Qh`), straights from
    /// the top (`5d 4c 3h 2s Ah` for the wheel), flushes from the highest card. Among equal
    /// ranks, cards keep their order in `cards`.
    public static func bestFive(of cards: [Card]) -> [Card] {
        let rank = evaluate(cards)
        var pool = cards
        if rank.category == .flush || rank.category == .straightFlush {
            let suitCounts = Suit.allCases.map { suit in cards.filter { $0.suit == suit }.count }
            let flushSuit = Suit.allCases.first { suitCounts[Int($0.rawValue)] >= 5 }
            pool = cards.filter { $0.suit == flushSuit }
        }
        var five: [Card] = []
        for needed in rank.ranks {
            guard let index = pool.firstIndex(where: { $0.rank == needed }) else { continue }
            five.append(pool.remove(at: index))
        }
        return five
    }
}
