/// A set of cards as a 52-bit mask (bit `card.rawValue`). Cheap to copy, union and test.
public struct CardSet: Hashable, Sendable, Sequence, ExpressibleByArrayLiteral, CustomStringConvertible {
    public var bits: UInt64

    @inlinable public init(bits: UInt64 = 0) { self.bits = bits }
    @inlinable public init(_ cards: some Sequence<Card>) {
        var bits: UInt64 = 0
        for card in cards { bits |= 1 << UInt64(card.rawValue) }
        self.bits = bits
    }
    public init(arrayLiteral elements: Card...) { self.init(elements) }

    public static let full = CardSet(bits: (1 << 52) - 1)

    @inlinable public var count: Int { bits.nonzeroBitCount }
    @inlinable public var isEmpty: Bool { bits == 0 }
    @inlinable public func contains(_ card: Card) -> Bool { bits & (1 << UInt64(card.rawValue)) != 0 }
    @inlinable public mutating func insert(_ card: Card) { bits |= 1 << UInt64(card.rawValue) }
    @inlinable public mutating func remove(_ card: Card) { bits &= ~(1 << UInt64(card.rawValue)) }
    @inlinable public func union(_ other: CardSet) -> CardSet { CardSet(bits: bits | other.bits) }
    @inlinable public func intersection(_ other: CardSet) -> CardSet { CardSet(bits: bits & other.bits) }
    @inlinable public func subtracting(_ other: CardSet) -> CardSet { CardSet(bits: bits & ~other.bits) }
    @inlinable public func isDisjoint(with other: CardSet) -> Bool { bits & other.bits == 0 }

    public struct Iterator: IteratorProtocol {
        @usableFromInline var remaining: UInt64
        @inlinable init(remaining: UInt64) { self.remaining = remaining }
        @inlinable public mutating func next() -> Card? {
            guard remaining != 0 else { return nil }
            let index = remaining.trailingZeroBitCount
            remaining &= remaining &- 1
            return Card(rawValue: UInt8(index))
        }
    }
    @inlinable public func makeIterator() -> Iterator { Iterator(remaining: bits) }

    public var description: String { map(\.description).joined(separator: " ") }
}
