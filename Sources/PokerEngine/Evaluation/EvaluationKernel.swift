/// The evaluator's hot path for loops that evaluate millions of hands: the table pointers taken
/// once, so each evaluation is a few additions and two or three table reads.
///
/// For card byte arrays (random access) the seven bytes come in two overlapping four-byte reads and
/// their keys are added as a tree, so the key is ready after three additions: measured against the
/// former per-pair key table (105 KB, mostly outside the first-level cache), this is about 15 %
/// faster (docs/equity.md, "The evaluator kernel").
///
/// ```swift
/// let kernel = EvaluationKernel()
/// let value = kernel.value(board + hole)              // incremental hands (`HandAccumulator`)
/// let same = kernel.value(sevenCardBytes: pointer)    // seven raw card values in a byte array
/// ```
/// Values are the dense `HandRank` values, 1...7462, higher is better. The pointers lead into
/// tables that never change after they are built, so a kernel may be shared between threads.
@frozen
public struct EvaluationKernel: @unchecked Sendable {
    @usableFromInline let tables: EvaluatorTables
    @usableFromInline let rankValues: UnsafePointer<UInt16>
    @usableFromInline let highBase: UnsafePointer<UInt32>
    @usableFromInline let lowIndex: UnsafePointer<UInt16>
    /// Each card's key contribution (52 words: small enough to stay in the first-level cache).
    @usableFromInline let cardKeys: UnsafePointer<UInt64>

    public init() {
        tables = .shared
        rankValues = UnsafePointer(tables.rankValues)
        highBase = UnsafePointer(tables.highBase)
        lowIndex = UnsafePointer(tables.lowIndex)
        cardKeys = UnsafePointer(tables.cardKeys)
    }

    /// The value of a hand of five to seven cards.
    @inlinable @inline(__always)
    public func value(_ hand: HandAccumulator) -> Int {
        let key = hand.key &+ EvaluatorTables.suitBias
        if key & EvaluatorTables.flushCheck != 0 { return tables.value(biasedKey: key, mask: hand.mask) }
        return rankValue(key)
    }

    /// The value of a hand of five to seven cards of which no five share a suit (the caller knows,
    /// e.g. from `HandAccumulator.mayHoldFlush(withMoreCards:)` on a prefix of it).
    @inlinable @inline(__always)
    public func valueWithoutFlush(_ hand: HandAccumulator) -> Int {
        rankValue(hand.key)
    }

    /// The value of the seven distinct cards whose raw values (`Card.rawValue`) are the bytes at
    /// `cards[0..<7]`. Reads bytes 0–3 and 3–6 as two words (nothing outside the seven bytes).
    @inlinable @inline(__always)
    public func value(sevenCardBytes cards: UnsafeRawPointer) -> Int {
        let first = cards.loadUnaligned(as: UInt32.self)                     // cards 0, 1, 2, 3
        let last = cards.loadUnaligned(fromByteOffset: 3, as: UInt32.self)   // cards 3, 4, 5, 6
        let keys = cardKeys
        let key = ((keys[Int(first & 0xFF)] &+ keys[Int((first &>> 8) & 0xFF)])
            &+ (keys[Int((first &>> 16) & 0xFF)] &+ keys[Int(first &>> 24)]))
            &+ ((keys[Int((last &>> 8) & 0xFF)] &+ keys[Int((last &>> 16) & 0xFF)])
            &+ (keys[Int(last &>> 24)] &+ EvaluatorTables.suitBias))
        if key & EvaluatorTables.flushCheck != 0 { return flushValue(biasedKey: key, sevenCardBytes: cards) }
        return rankValue(key)
    }

    @inlinable @inline(__always)
    func rankValue(_ key: UInt64) -> Int {
        let slot = highBase[Int(truncatingIfNeeded: (key &>> 16) & 0xFFFF)]
            &+ UInt32(truncatingIfNeeded: lowIndex[Int(truncatingIfNeeded: key & 0xFFFF)])
        return Int(rankValues[Int(truncatingIfNeeded: slot)])
    }

    /// The rare flush case of `value(sevenCardBytes:)`: the flush suit's ranks from the bytes.
    @usableFromInline
    func flushValue(biasedKey key: UInt64, sevenCardBytes cards: UnsafeRawPointer) -> Int {
        let suit = UInt8(truncatingIfNeeded: ((key & EvaluatorTables.flushCheck).trailingZeroBitCount
                                               - EvaluatorTables.flushBit) >> 2)
        var ranks = 0
        for index in 0..<7 {
            let card = cards.load(fromByteOffset: index, as: UInt8.self)
            if card & 3 == suit { ranks |= 1 << Int(card >> 2) }
        }
        return Int(tables.flushValues[ranks])
    }
}
