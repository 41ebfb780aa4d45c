extension Deck {
    /// A deck arranged so that `Hand.start` deals exactly these cards: hole cards one at a time
    /// from position 0 (two rounds), then a burn before each street's board cards. Unknown hole
    /// cards (nil) and the burns are filled with cards not used anywhere else, lowest first.
    public static func arranged(holeCards: [[Card?]], board: [Card]) throws(DeckArrangementError) -> Deck {
        var used = CardSet()
        func claim(_ card: Card) throws(DeckArrangementError) {
            if used.contains(card) { throw .duplicate(card) }
            used.insert(card)
        }
        for cards in holeCards {
            guard cards.count <= 2 else { throw .tooManyHoleCards(cards.count) }
            for card in cards { if let card { try claim(card) } }
        }
        guard board.count <= 5 else { throw .tooManyBoardCards(board.count) }
        for card in board { try claim(card) }
        var spare = Card.all.filter { !used.contains($0) }[...]
        func filler() -> Card { spare.popFirst() ?? Card.all[0] }
        var order: [Card] = []
        for round in 0..<2 {
            for cards in holeCards {
                let card = round < cards.count ? cards[round] : nil
                order.append(card ?? filler())
            }
        }
        var boardCards = board[...]
        for street in [3, 1, 1] {
            order.append(filler())
            for _ in 0..<street { order.append(boardCards.popFirst() ?? filler()) }
        }
        order += spare
        return Deck(cards: order)
    }
}

/// Why a scripted deal cannot be arranged into a deck.
public enum DeckArrangementError: Error, Hashable, Sendable, CustomStringConvertible {
    case duplicate(Card)
    case tooManyHoleCards(Int)
    case tooManyBoardCards(Int)

    public var description: String {
        switch self {
        case let .duplicate(card): "the card \(card) is dealt twice"
        case let .tooManyHoleCards(n): "\(n) hole cards for one player (Hold'em deals 2)"
        case let .tooManyBoardCards(n): "\(n) board cards (at most 5)"
        }
    }
}
