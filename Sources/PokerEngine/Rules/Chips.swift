/// An amount of chips. Whole chips only: the engine never splits a chip.
public struct Chips: RawRepresentable, Hashable, Comparable, Sendable, Codable, AdditiveArithmetic,
    ExpressibleByIntegerLiteral, CustomStringConvertible
{
    public var rawValue: Int

    @inlinable public init(rawValue: Int) { self.rawValue = rawValue }
    @inlinable public init(_ value: Int) { rawValue = value }
    @inlinable public init(integerLiteral value: Int) { rawValue = value }

    public static let zero = Chips(0)

    @inlinable public static func + (lhs: Chips, rhs: Chips) -> Chips { Chips(lhs.rawValue + rhs.rawValue) }
    @inlinable public static func - (lhs: Chips, rhs: Chips) -> Chips { Chips(lhs.rawValue - rhs.rawValue) }
    @inlinable public static func += (lhs: inout Chips, rhs: Chips) { lhs.rawValue += rhs.rawValue }
    @inlinable public static func -= (lhs: inout Chips, rhs: Chips) { lhs.rawValue -= rhs.rawValue }
    @inlinable public static func * (lhs: Chips, rhs: Int) -> Chips { Chips(lhs.rawValue * rhs) }
    @inlinable public static func * (lhs: Int, rhs: Chips) -> Chips { Chips(lhs * rhs.rawValue) }
    @inlinable public static func < (lhs: Chips, rhs: Chips) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Splits into `parts` equal whole shares and the remainder (the odd chips).
    @inlinable public func divided(into parts: Int) -> (share: Chips, remainder: Chips) {
        let (q, r) = rawValue.quotientAndRemainder(dividingBy: parts)
        return (Chips(q), Chips(r))
    }

    /// This amount in big blinds.
    public func inBigBlinds(_ bigBlind: Chips) -> Double {
        bigBlind.rawValue > 0 ? Double(rawValue) / Double(bigBlind.rawValue) : 0
    }

    public var description: String { String(rawValue) }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Sequence where Element == Chips {
    /// The total of all amounts.
    public func sum() -> Chips { reduce(.zero, +) }
}
