import PokerEngine

/// Cards for the hands a hand history never shows. An imported hand is replayed by the engine,
/// which needs two cards for every player; players whose cards are unknown get the weakest pair
/// left in the deck against the final board, so that a hidden hand that went to showdown (and,
/// the history says, lost) cannot win by accident. Hidden hands are marked in
/// `HandConfig.hiddenHands`: they never appear face up or in the log.
enum StandInCards {
    /// `holeCards` with every unknown card replaced; `board` is the board as far as it was dealt.
    static func fill(_ holeCards: [[Card?]], board: [Card]) -> [[Card]] {
        var used = CardSet(board)
        for cards in holeCards { for case let card? in cards { used.insert(card) } }
        var spare = Card.all.filter { !used.contains($0) }
        return holeCards.map { cards in
            let missing = cards.filter { $0 == nil }.count + max(0, 2 - cards.count)
            guard missing > 0 else { return cards.compactMap { $0 } }
            let known = cards.compactMap { $0 }
            let chosen = weakest(adding: missing, to: known, board: board, from: spare)
            spare.removeAll { chosen.contains($0) }
            return known + chosen
        }
    }

    /// The `count` cards from `spare` that make the weakest hand with `known` and `board`.
    static func weakest(adding count: Int, to known: [Card], board: [Card], from spare: [Card]) -> [Card] {
        guard count > 0, spare.count >= count else { return Array(spare.prefix(count)) }
        var best: [Card] = Array(spare.prefix(count))
        var bestRank: HandRank?
        func consider(_ candidate: [Card]) {
            let cards = known + candidate + board
            // Before five cards are out, prefer low ranks (the hand never reaches a showdown).
            let rank = cards.count >= 5 ? HandEvaluator.evaluate(cards) : nil
            if let rank {
                if bestRank.map({ rank < $0 }) ?? true { (best, bestRank) = (candidate, rank) }
            } else if bestRank == nil, candidate.map(\.rank.rawValue).reduce(0, +) < best.map(\.rank.rawValue).reduce(0, +) {
                best = candidate
            }
        }
        if count == 1 {
            for card in spare { consider([card]) }
        } else {
            for i in spare.indices { for j in spare.indices where j > i { consider([spare[i], spare[j]]) } }
        }
        return best
    }
}
