import PokerEngine

/// A coarse judgement of a made hand, enough to tell a bluff from a value bet.
public enum HandStrength {
    /// Whether `hole` makes nothing of its own on `board`: no pocket pair and no hole card paired
    /// with the board, no three of a kind or better using a hole card, no flush or straight. A
    /// pair that is only on the board does not count. Draws are weak (they have not got there).
    public static func isWeak(hole: [Card], board: [Card]) -> Bool {
        guard hole.count == 2 else { return false }
        if hole[0].rank == hole[1].rank { return false }
        let boardRanks = Set(board.map(\.rank))
        if hole.contains(where: { boardRanks.contains($0.rank) }) { return false }
        let cards = CardSet(hole + board)
        guard cards.count >= 5 else { return true }
        let category = HandEvaluator.evaluate(cards).category
        guard category >= .straight else { return true }
        // A straight or better may be the board's alone: then the hole cards add nothing.
        guard board.count >= 5 else { return false }
        return HandEvaluator.evaluate(CardSet(board)) >= HandEvaluator.evaluate(cards)
    }
}
