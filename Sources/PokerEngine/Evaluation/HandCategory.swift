/// The nine poker hand categories, weakest first.
public enum HandCategory: Int, CaseIterable, Comparable, Sendable, Codable, CustomStringConvertible {
    case highCard, onePair, twoPair, threeOfAKind, straight, flush, fullHouse, fourOfAKind, straightFlush

    public static func < (lhs: HandCategory, rhs: HandCategory) -> Bool { lhs.rawValue < rhs.rawValue }

    /// snake_case name used in JSON output: `straight_flush`, `one_pair`.
    public var jsonName: String {
        ["high_card", "one_pair", "two_pair", "three_of_a_kind", "straight", "flush", "full_house",
         "four_of_a_kind", "straight_flush"][rawValue]
    }

    public var description: String {
        ["high card", "one pair", "two pair", "three of a kind", "straight", "flush", "full house",
         "four of a kind", "straight flush"][rawValue]
    }
}
