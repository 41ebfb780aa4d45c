/// An amount of chips. Whole chips only: the engine never splits a chip.
public struct Chips: RawRepresentable, Hashable, Comparable, Sendable, Codable, AdditiveArithmetic,
    ExpressibleByIntegerLiteral, CustomStringConvertible
{
    public var rawValue: Int

    @inlinable public init(rawValue: Int) { self.rawValue = rawValue }
    @inlinable public init(_ value: Int) { rawValue = value }
    @inlinable public init(integerLiteral value: Int) { rawValue = value }

    public static let zero = Chips(0)

    /// The most chips one table may hold — all stacks together — and the largest blind, ante or
    /// minimum bet: 10^15. Every sum a hand makes (stacks, pots, contributions of up to 10 players,
    /// a raise on top) then stays below 10^17, far inside `Int`'s 9.2 × 10^18, so chip arithmetic
    /// never overflows. Every entry checks it: `play` options, PHH files, experiment files, saved
    /// games (`HandConfig.validate`, `Match.init`).
    public static let maximum = Chips(1_000_000_000_000_000)

    /// The total of `amounts`, or nil when it is above `maximum` (checked without overflowing,
    /// whatever the amounts are).
    public static func checkedTotal(_ amounts: [Chips]) -> Chips? {
        var total = 0
        for amount in amounts {
            guard amount.rawValue <= maximum.rawValue else { return nil }
            total += max(0, amount.rawValue)
            guard total <= maximum.rawValue else { return nil }
        }
        return Chips(total)
    }

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

    /// The amount with thousands separators (`1,000,000`), for messages.
    public var grouped: String {
        let digits = String(rawValue.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return rawValue < 0 ? "-" + out : out
    }

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
