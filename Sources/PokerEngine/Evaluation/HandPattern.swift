/// The five ranks that make a hand value, in the order a player reads them ("K K K 7 7",
/// "A A 5 5 Q", "5 4 3 2 A" for the wheel), plus the category.
///
/// Packed into a `UInt32` as `category << 20 | r0 << 16 | r1 << 12 | r2 << 8 | r3 << 4 | r4`.
/// Because the ranks are listed most significant first, comparing two packed patterns as
/// integers compares the hands: that is how the dense 1...7462 scale is defined.
@usableFromInline
struct HandPattern: Hashable, Comparable, Sendable {
    @usableFromInline let packed: UInt32

    init(packed: UInt32) { self.packed = packed }

    /// `ranks` are rank raw values (0 = deuce … 12 = ace), exactly five, most significant first.
    init(_ category: HandCategory, _ ranks: [Int]) {
        var packed = UInt32(category.rawValue)
        for rank in ranks { packed = packed << 4 | UInt32(rank) }
        self.packed = packed
    }

    var category: HandCategory { HandCategory(rawValue: Int(packed >> 20)) ?? .highCard }

    /// The five ranks in reading order (raw values).
    var ranks: [Int] { (0..<5).map { Int(packed >> UInt32(16 - 4 * $0)) & 0xF } }

    @usableFromInline static func < (lhs: HandPattern, rhs: HandPattern) -> Bool { lhs.packed < rhs.packed }
}

extension HandPattern {
    /// The ten straights by high card raw value: 3 (five-high wheel) … 12 (ace-high).
    static func straightRanks(high: Int) -> [Int] {
        high == 3 ? [3, 2, 1, 0, 12] : [high, high - 1, high - 2, high - 3, high - 4]
    }

    /// The high card raw value of the best straight in a 13-bit rank mask, if any.
    static func straightHigh(in mask: Int) -> Int? {
        for high in stride(from: 12, through: 4, by: -1) where (mask >> (high - 4)) & 0x1F == 0x1F {
            return high
        }
        return mask & 0x100F == 0x100F ? 3 : nil
    }

    /// The `count` highest ranks in a 13-bit mask, highest first.
    static func topRanks(of mask: Int, count: Int) -> [Int] {
        var ranks: [Int] = []
        var rank = 12
        while rank >= 0, ranks.count < count {
            if mask & (1 << rank) != 0 { ranks.append(rank) }
            rank -= 1
        }
        return ranks
    }
}
