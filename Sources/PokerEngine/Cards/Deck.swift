/// An ordered deck; cards are dealt from the front. A deck is a plain value: storing its
/// order is enough to replay a hand exactly.
public struct Deck: Hashable, Sendable, Codable {
    public private(set) var cards: [Card]
    public private(set) var position: Int = 0

    /// A deck in the given order (scripted tests, replays).
    public init(cards: [Card]) { self.cards = cards }

    /// A full 52-card deck shuffled by `generator` (Fisher–Yates).
    public static func shuffled(using generator: inout some RandomNumberGenerator) -> Deck {
        Deck(cards: Card.all.shuffled(using: &generator))
    }

    public static func shuffled(seed: UInt64) -> Deck {
        var generator = SeededGenerator(seed: seed)
        return shuffled(using: &generator)
    }

    public var remaining: ArraySlice<Card> { cards[position...] }
    public var remainingCount: Int { cards.count - position }

    /// Deals the next card; nil when the deck is exhausted.
    public mutating func deal() -> Card? {
        guard position < cards.count else { return nil }
        defer { position += 1 }
        return cards[position]
    }
}
