/// A comparable hand value on a dense scale: 1 (7-5-4-3-2 offsuit) to 7,462 (royal flush),
/// higher is better. Every one of the 7,462 distinct five-card hands has its own value, so two
/// hands tie exactly when their values are equal.
public struct HandRank: Hashable, Comparable, Sendable, Codable {
    public let value: Int

    /// `value` should be in `HandRank.range`; other values are clamped when read as a category
    /// or description.
    @inlinable public init(value: Int) { self.value = value }

    /// All hand values, weakest to strongest.
    public static let range = 1...7462
    public static let worst = HandRank(value: 1)
    public static let best = HandRank(value: 7462)

    @inlinable public static func < (lhs: HandRank, rhs: HandRank) -> Bool { lhs.value < rhs.value }

    /// The category; the scale runs through the categories in order.
    public var category: HandCategory {
        var category = HandCategory.highCard
        for next in HandCategory.allCases.dropFirst() where value >= HandRank.firstValue[next.rawValue] {
            category = next
        }
        return category
    }

    /// Lowest value of each category: high card 1, one pair 1278, … straight flush 7453.
    static let firstValue: [Int] = {
        var counts = [Int](repeating: 0, count: HandCategory.allCases.count)
        for pattern in HandPattern.scale { counts[pattern.category.rawValue] += 1 }
        var first: [Int] = [], next = 1
        for count in counts { first.append(next); next += count }
        return first
    }()
}
