/// One playing card. `rawValue = rank.rawValue * 4 + suit.rawValue`, so 0 is the deuce of clubs
/// and 51 the ace of spades. Text form is two characters, rank then suit: `As`, `Td`, `2c`.
public struct Card: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: UInt8

    public init?(rawValue: UInt8) {
        guard rawValue < 52 else { return nil }
        self.rawValue = rawValue
    }

    public init(_ rank: Rank, _ suit: Suit) {
        rawValue = rank.rawValue &* 4 &+ suit.rawValue
    }

    @inlinable public var rank: Rank { Rank(rawValue: rawValue >> 2)! }
    @inlinable public var suit: Suit { Suit(rawValue: rawValue & 3)! }

    /// Parses `As`, `td`, `10h` (ten written out) — rank then suit, case-insensitive.
    public init?(_ text: some StringProtocol) {
        var chars = Array(text.trimmingWhitespace())
        if chars.count == 3, chars[0] == "1", chars[1] == "0" { chars = ["T", chars[2]] }
        guard chars.count == 2, let rank = Rank(character: chars[0]), let suit = Suit(character: chars[1])
        else { return nil }
        self.init(rank, suit)
    }

    public var description: String { "\(rank.character)\(suit.character)" }

    public static func < (lhs: Card, rhs: Card) -> Bool { lhs.rawValue < rhs.rawValue }

    /// All 52 cards, deuce of clubs first.
    public static let all: [Card] = (0..<52).map { Card(rawValue: UInt8($0))! }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let card = Card(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a card: \(text)"))
        }
        self = card
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Card {
    /// Parses a run of cards with or without separators: `AsKd`, `As Kd`, `As,Kd`, `As-Kd`.
    /// Throws `CardParseError` naming the first bad token.
    public static func parseList(_ text: String) throws(CardParseError) -> [Card] {
        var cards: [Card] = []
        var chars = Array(text)
        chars.removeAll { $0 == " " || $0 == "," || $0 == "-" || $0 == "\t" || $0 == "[" || $0 == "]" }
        var i = 0
        while i < chars.count {
            if i + 2 < chars.count, chars[i] == "1", chars[i + 1] == "0", let card = Card(String(chars[i...i + 2])) {
                cards.append(card); i += 3; continue
            }
            guard i + 1 < chars.count, let card = Card(String(chars[i...i + 1])) else {
                let bad = String(chars[i..<min(i + 2, chars.count)])
                throw CardParseError.malformed(token: bad, in: text)
            }
            cards.append(card)
            i += 2
        }
        return cards
    }

    /// Parses a list and rejects duplicates.
    public static func parseDistinct(_ text: String) throws(CardParseError) -> [Card] {
        let cards = try parseList(text)
        var seen = CardSet()
        for card in cards {
            if seen.contains(card) { throw CardParseError.duplicate(card) }
            seen.insert(card)
        }
        return cards
    }
}

/// Why a card string could not be read.
public enum CardParseError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(token: String, in: String)
    case duplicate(Card)
    case wrongCount(expected: String, got: Int)

    public var description: String {
        switch self {
        case let .malformed(token, text):
            "'\(token)' in '\(text)' is not a card (use rank 2-9, T, J, Q, K, A and suit c, d, h, s, e.g. As Td)"
        case let .duplicate(card): "the card \(card) appears twice"
        case let .wrongCount(expected, got): "expected \(expected) cards, got \(got)"
        }
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> Substring {
        var sub = Substring(self)
        while let first = sub.first, first.isWhitespace { sub.removeFirst() }
        while let last = sub.last, last.isWhitespace { sub.removeLast() }
        return sub
    }
}
