/// Lookup tables of the fast evaluator, built once at first use (about 300 KB in all).
///
/// A hand is summarised by two 64-bit words that are simply added card by card (see
/// `HandAccumulator`):
/// - `key`: bits 0–15 sum a multiplier per card of the seven low ranks (deuce–eight), bits
///   16–31 a multiplier per card of the six high ranks (nine–ace), bits 48–63 four 4-bit suit
///   counters;
/// - `mask`: 16 bits per suit holding that suit's ranks.
///
/// The multipliers are chosen so that every multiset of at most seven ranks (at most four of
/// each) has its own sum inside its group. They are the greedy sequence: each is the smallest
/// number above the previous one that keeps all such sums distinct (found by a one-off search;
/// `EvaluatorTablesTests` re-checks the property). Rank multisets of each group are numbered
/// densely, low-group multisets ordered by card count; a hand's slot is then
/// `highBase[high sum] + lowIndex[low sum]`, a dense (minimal perfect) index over the 76,155
/// multisets of at most seven cards: two independent reads, then the value. Flushes are looked
/// up by the flush suit's 13-bit rank mask instead: with five or more cards of one suit among
/// seven, no full house or four of a kind is possible.
///
/// The tables never change after `init`; the raw pointers are only read, so sharing is safe.
@usableFromInline
final class EvaluatorTables: @unchecked Sendable {
    static let lowMultipliers: [UInt32] = [1, 5, 24, 112, 521, 2_247, 9_244]
    static let highMultipliers: [UInt32] = [1, 5, 24, 112, 521, 2_247]
    /// Each rank's contribution to the key's low 32 bits, deuce first.
    static let rankMultipliers: [UInt32] = lowMultipliers + highMultipliers.map { $0 << 16 }
    /// Suit counters start at 3 during evaluation, so bit 3 of a counter means "five or more".
    @usableFromInline static let suitBias: UInt64 = 0x3333 << 48
    @usableFromInline static let flushCheck: UInt64 = 0x8888 << 48
    /// Bit position of suit 0's "five or more" bit; suit `s` has it at `flushBit + 4 s`.
    @usableFromInline static let flushBit = 51

    /// Dense values (1...7462) of non-flush hands by slot.
    @usableFromInline let rankValues: UnsafeMutablePointer<UInt16>
    /// First slot of each high-group sum, and each low-group sum's place after it.
    @usableFromInline let highBase: UnsafeMutablePointer<UInt32>
    @usableFromInline let lowIndex: UnsafeMutablePointer<UInt16>
    /// Dense values of flushes by the flush suit's 13-bit rank mask (0 below five cards).
    @usableFromInline let flushValues: UnsafeMutablePointer<UInt16>
    /// `key` contribution of each card (rank multiplier plus one in its suit counter).
    @usableFromInline let cardKeys: UnsafeMutablePointer<UInt64>
    let sizes: (slots: Int, high: Int, low: Int)

    @usableFromInline static let shared = EvaluatorTables()

    init() {
        let built = Self.build()
        sizes = (slots: built.values.count, high: built.highBase.count, low: built.lowIndex.count)
        rankValues = .allocate(capacity: built.values.count)
        rankValues.initialize(from: built.values, count: built.values.count)
        highBase = .allocate(capacity: built.highBase.count)
        highBase.initialize(from: built.highBase, count: built.highBase.count)
        lowIndex = .allocate(capacity: built.lowIndex.count)
        lowIndex.initialize(from: built.lowIndex, count: built.lowIndex.count)
        flushValues = .allocate(capacity: 1 << 13)
        flushValues.initialize(from: built.flush, count: 1 << 13)
        cardKeys = .allocate(capacity: 52)
        for raw in 0..<52 {
            cardKeys[raw] = UInt64(Self.rankMultipliers[raw >> 2]) | 1 << (48 + 4 * UInt64(raw & 3))
        }
    }

    deinit {
        rankValues.deallocate(); highBase.deallocate(); lowIndex.deallocate(); flushValues.deallocate()
        cardKeys.deallocate()
    }

    /// Bytes held by the tables.
    var byteCount: Int {
        sizes.slots * 2 + sizes.high * 4 + sizes.low * 2 + (1 << 13) * 2 + 52 * 8
    }

    /// The dense value (1...7462) of a hand of five to seven cards whose suit counters already
    /// carry `suitBias`.
    @inlinable @inline(__always)
    func value(biasedKey key: UInt64, mask: UInt64) -> Int {
        let flush = key & Self.flushCheck
        if flush != 0 {
            let shift = UInt64(truncatingIfNeeded: flush.trailingZeroBitCount &- Self.flushBit) &<< 2
            return Int(flushValues[Int(truncatingIfNeeded: (mask &>> shift) & 0x1FFF)])
        }
        return rankValue(key)
    }

    /// The dense value of a hand of five to seven cards (suit counters without bias).
    @inlinable @inline(__always)
    func value(key: UInt64, mask: UInt64) -> Int {
        value(biasedKey: key &+ Self.suitBias, mask: mask)
    }

    /// The value of a hand of five to seven cards that holds no five cards of one suit: only its
    /// rank sum matters.
    @inlinable @inline(__always)
    func rankValue(_ key: UInt64) -> Int {
        let slot = highBase[Int(truncatingIfNeeded: (key &>> 16) & 0xFFFF)]
            &+ UInt32(truncatingIfNeeded: lowIndex[Int(truncatingIfNeeded: key & 0xFFFF)])
        return Int(rankValues[Int(truncatingIfNeeded: slot)])
    }
}
