/// Why an equity question cannot be answered. Player numbers are 1-based, as users count them.
public enum EquityError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Equity needs 2 to 10 players.
    case playerCount(Int)
    /// A board has at most five cards.
    case boardTooLong(Int)
    /// The same card is named twice among the board, the dead cards and the single-combo hands.
    case duplicateCard(Card)
    /// No combination of this player's range survives the board and dead cards.
    case impossibleRange(player: Int, range: String)
    /// Every choice of hands puts some card in two places: the ranges cannot be dealt together.
    case noCompatibleDeal
    /// Monte Carlo needs at least one sample.
    case invalidSampleCount(Int)
    /// Too many dead cards: the deck cannot supply every hand and the rest of the board.
    case notEnoughCards(needed: Int, available: Int)

    public var description: String {
        switch self {
        case let .playerCount(count): "equity needs 2 to 10 hands, got \(count)"
        case let .boardTooLong(count): "a board has at most 5 cards, got \(count)"
        case let .duplicateCard(card): "the card \(card) is used twice"
        case let .impossibleRange(player, range):
            "hand \(player) (\(range)) has no combination left once the board and dead cards are removed"
        case .noCompatibleDeal: "the hands cannot be dealt together: every choice shares a card"
        case let .invalidSampleCount(count): "the number of samples must be positive, got \(count)"
        case let .notEnoughCards(needed, available):
            "the deal needs \(needed) more cards but only \(available) are left in the deck"
        }
    }
}
