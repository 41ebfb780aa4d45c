/// Two distinct hole cards, stored highest card first (`AsKh`, `Td9d`).
public struct HoleCards: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let high: Card
    public let low: Card

    /// Nil when both cards are the same.
    public init?(_ first: Card, _ second: Card) {
        guard first != second else { return nil }
        (high, low) = first > second ? (first, second) : (second, first)
    }

    /// Parses exactly two cards, e.g. `AsKh`, `As Kh`.
    public init?(_ text: String) {
        guard let cards = try? Card.parseList(text), cards.count == 2 else { return nil }
        self.init(cards[0], cards[1])
    }

    public var cards: CardSet { [high, low] }
    public var isSuited: Bool { high.suit == low.suit }
    public var isPair: Bool { high.rank == low.rank }
    public var preflopClass: PreflopClass { PreflopClass(high, low) }
    public var description: String { "\(high)\(low)" }

    /// Position among all 1,326 combinations, 0..<1326.
    public var index: Int {
        let h = Int(high.rawValue), l = Int(low.rawValue)
        return h * (h - 1) / 2 + l
    }

    /// All 1,326 two-card combinations, ordered by `index`.
    public static let all: [HoleCards] = (1..<52).flatMap { h in
        (0..<h).compactMap { l in HoleCards(Card.all[h], Card.all[l]) }
    }

    public static func < (lhs: HoleCards, rhs: HoleCards) -> Bool { lhs.index < rhs.index }
}
