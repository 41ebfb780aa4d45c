/// Lookup tables of the fast evaluator, built once at first use (about 300 KB).
///
/// A hand is summarised by two 64-bit words (see `HandAccumulator`):
/// - `key`: bits 0–15 sum a multiplier per card of the seven low ranks (deuce–eight), bits 16–31
///   a multiplier per card of the six high ranks (nine–ace), bits 32–47 four 4-bit suit counters;
/// - `mask`: 16 bits per suit holding that suit's ranks.
///
/// The multipliers are chosen so that every multiset of at most seven ranks (at most four of
/// each) has its own sum inside its group. They are the greedy sequence: each is the smallest
/// number above the previous one that keeps all such sums distinct (found by a one-off search;
/// `EvaluatorTablesTests` re-checks the property). Rank multisets of each group are numbered
/// densely, low-group multisets ordered by card count; a hand's row is then
/// `highBase[high sum] + lowIndex[low sum]`, a dense index over the 76,155 multisets of at
/// most seven cards. Flushes are looked up by the flush suit's 13-bit rank mask instead: with
/// five or more cards of one suit among seven, no full house or four of a kind is possible.
///
/// The tables never change after `init`; the raw pointers are only read, so sharing is safe.
@usableFromInline
final class EvaluatorTables: @unchecked Sendable {
    static let lowMultipliers: [UInt64] = [1, 5, 24, 112, 521, 2247, 9244]
    static let highMultipliers: [UInt64] = [1, 5, 24, 112, 521, 2247]
    static let lowRankCount = 7
    /// Suit counters start at 3 during evaluation, so bit 3 of a counter means "five or more".
    @usableFromInline static let suitBias: UInt64 = 0x3333 << 32
    @usableFromInline static let flushCheck: UInt64 = 0x8888 << 32

    @usableFromInline let rankValues: UnsafeMutablePointer<UInt16>
    @usableFromInline let highBase: UnsafeMutablePointer<UInt32>
    @usableFromInline let lowIndex: UnsafeMutablePointer<UInt16>
    @usableFromInline let flushValues: UnsafeMutablePointer<UInt16>
    @usableFromInline let cardKeys: UnsafeMutablePointer<UInt64>
    let sizes: (rank: Int, high: Int, low: Int)

    @usableFromInline static let shared = EvaluatorTables()

    init() {
        let low = RankGroup(multipliers: Self.lowMultipliers)
        let high = RankGroup(multipliers: Self.highMultipliers)
        var lowTotals = [Int](repeating: 0, count: 8)
        for multiset in low.multisets { lowTotals[multiset.total] += 1 }
        // cumulativeLow[t] = number of low multisets with at most t cards.
        var cumulativeLow = [Int](repeating: 0, count: 8)
        var running = 0
        for total in 0...7 { running += lowTotals[total]; cumulativeLow[total] = running }

        sizes = (rank: high.multisets.reduce(0) { $0 + cumulativeLow[7 - $1.total] },
                 high: high.maxSum + 1, low: low.maxSum + 1)
        rankValues = .allocate(capacity: sizes.rank)
        rankValues.initialize(repeating: 0, count: sizes.rank)
        highBase = .allocate(capacity: sizes.high)
        highBase.initialize(repeating: 0, count: sizes.high)
        lowIndex = .allocate(capacity: sizes.low)
        lowIndex.initialize(repeating: 0, count: sizes.low)
        flushValues = .allocate(capacity: 1 << 13)
        cardKeys = .allocate(capacity: 52)

        let lowByTotal = low.multisets.sorted { $0.total < $1.total }
        for (index, multiset) in lowByTotal.enumerated() { lowIndex[multiset.sum] = UInt16(index) }
        var base = 0
        for multiset in high.multisets {
            highBase[multiset.sum] = UInt32(base)
            base += cumulativeLow[7 - multiset.total]
        }
        for highSet in high.multisets {
            for lowSet in lowByTotal.prefix(cumulativeLow[7 - highSet.total]) {
                guard highSet.total + lowSet.total >= 5 else { continue }
                let pattern = HandPattern.bestWithoutFlush(counts: lowSet.counts + highSet.counts)
                let row = Int(highBase[highSet.sum]) + Int(lowIndex[lowSet.sum])
                rankValues[row] = UInt16(HandPattern.value(of: pattern))
            }
        }
        for mask in 0..<(1 << 13) {
            flushValues[mask] = mask.nonzeroBitCount >= 5
                ? UInt16(HandPattern.value(of: HandPattern.bestFlush(rankMask: mask))) : 0
        }
        for raw in 0..<52 {
            let rank = raw >> 2, suit = UInt64(raw & 3)
            let rankKey = rank < Self.lowRankCount
                ? Self.lowMultipliers[rank] : Self.highMultipliers[rank - Self.lowRankCount] << 16
            cardKeys[raw] = rankKey | 1 << (32 + 4 * suit)
        }
    }

    deinit {
        rankValues.deallocate(); highBase.deallocate(); lowIndex.deallocate()
        flushValues.deallocate(); cardKeys.deallocate()
    }

    /// The dense value (1...7462) of a hand of five to seven cards.
    @inlinable @inline(__always)
    func value(key: UInt64, mask: UInt64) -> Int {
        let flush = (key &+ Self.suitBias) & Self.flushCheck
        if flush != 0 {
            let shift = UInt64(flush.trailingZeroBitCount &- 35) &<< 2
            return Int(flushValues[Int(truncatingIfNeeded: (mask &>> shift) & 0x1FFF)])
        }
        let row = Int(highBase[Int(truncatingIfNeeded: (key &>> 16) & 0xFFFF)])
            &+ Int(lowIndex[Int(truncatingIfNeeded: key & 0xFFFF)])
        return Int(rankValues[row])
    }
}
