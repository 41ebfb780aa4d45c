/// The evaluator's fast path: a hand summarised as two words that are simply added up card by
/// card, so hot loops (equity enumeration, sweeps) build boards incrementally and evaluate with
/// two or three table reads.
///
/// ```swift
/// let board = HandAccumulator(flop)                 // once per board prefix
/// let value = (board + hole).value                  // per player, per board
/// ```
/// Accumulators combine with `+` only when their cards are disjoint. `value` needs five to seven
/// cards; `HandEvaluator.evaluate` checks that, this type does not.
@frozen
public struct HandAccumulator: Hashable, Sendable {
    /// Sum of per-card keys: the rank sum and suit counters (see `EvaluatorTables`).
    @usableFromInline var key: UInt64
    /// Rank bits per suit, 16 bits per suit.
    @usableFromInline var mask: UInt64

    @inlinable init(key: UInt64, mask: UInt64) {
        self.key = key
        self.mask = mask
    }

    /// No cards.
    @inlinable public static var empty: HandAccumulator { HandAccumulator(key: 0, mask: 0) }

    /// One card.
    @inlinable public init(_ card: Card) {
        self.init(card, tables: .shared)
    }

    @inlinable init(_ card: Card, tables: EvaluatorTables) {
        let raw = Int(card.rawValue)
        key = tables.cardKeys[raw]
        mask = 1 &<< UInt64((raw & 3) &<< 4 | raw &>> 2)
    }

    /// The given cards.
    @inlinable public init(_ cards: CardSet) {
        let tables = EvaluatorTables.shared
        var key: UInt64 = 0, mask: UInt64 = 0
        var bits = cards.bits
        while bits != 0 {
            let raw = bits.trailingZeroBitCount
            key &+= tables.cardKeys[raw]
            mask |= 1 &<< UInt64((raw & 3) &<< 4 | raw &>> 2)
            bits &= bits &- 1
        }
        self.init(key: key, mask: mask)
    }

    /// This hand with one more card (which must not already be in it).
    @inlinable public func adding(_ card: Card) -> HandAccumulator {
        self + HandAccumulator(card)
    }

    /// The union of two disjoint hands.
    @inlinable public static func + (lhs: HandAccumulator, rhs: HandAccumulator) -> HandAccumulator {
        HandAccumulator(key: lhs.key &+ rhs.key, mask: lhs.mask | rhs.mask)
    }

    /// The dense hand value, 1...7462, of a hand of five to seven cards.
    @inlinable public var value: Int {
        EvaluatorTables.shared.value(key: key, mask: mask)
    }

    /// The hand value of a hand of five to seven cards.
    @inlinable public var rank: HandRank { HandRank(value: value) }

    /// Whether five cards of one suit are possible once at most `cards` more cards are added:
    /// when not, `EvaluationKernel.valueWithoutFlush` may evaluate every completion.
    @inlinable public func mayHoldFlush(withMoreCards cards: Int) -> Bool {
        // A counter at c + 3 + cards reaches 8 exactly when c + cards >= 5.
        let bias = UInt64(truncatingIfNeeded: 3 &+ cards) &* (0x1111 << 48)
        return (key &+ bias) & EvaluatorTables.flushCheck != 0
    }

    /// Number of cards in the hand.
    @inlinable public var count: Int { mask.nonzeroBitCount }
}
