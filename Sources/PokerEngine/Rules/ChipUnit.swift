/// The smallest unit a hand is played in. The engine plays whole chips; a hand whose amounts
/// have fractions (Pluribus' half-chip splits, a cash game's cents) is scaled by the smallest
/// power of ten that makes every amount whole, played in integers — so odd-chip rules apply to
/// that smallest unit — and written back in the original unit.
public struct ChipUnit: Hashable, Sendable, Codable {
    /// Amounts are chips × 10^-decimals in the original unit (0: whole chips).
    public let decimals: Int

    public init(decimals: Int) { self.decimals = max(0, decimals) }

    public static let whole = ChipUnit(decimals: 0)

    /// The largest scale accepted (beyond it a stack of a billion would overflow).
    public static let maximumDecimals = 9

    /// The unit that makes every amount whole: 10^-(the most decimals among them).
    public static func fitting(_ amounts: some Sequence<DecimalAmount>) -> ChipUnit {
        ChipUnit(decimals: amounts.reduce(0) { max($0, $1.decimals) })
    }

    /// `amount` in this unit; nil when it has finer fractions or does not fit.
    public func chips(_ amount: DecimalAmount) -> Chips? {
        guard amount.decimals <= decimals else { return nil }
        var value = amount.significand
        for _ in amount.decimals..<decimals {
            let (scaled, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            value = scaled
        }
        return Chips(value)
    }

    /// `chips` of this unit as an amount in the original unit.
    public func amount(_ chips: Chips) -> DecimalAmount { DecimalAmount(significand: chips.rawValue, decimals: decimals) }

    /// `chips` written in the original unit with no more decimals than needed: `10112.5`, `3`, `0.25`.
    public func text(_ chips: Chips) -> String {
        guard decimals > 0 else { return String(chips.rawValue) }
        let magnitude = chips.rawValue.magnitude
        var scale: UInt = 1
        for _ in 0..<decimals { scale *= 10 }
        let whole = magnitude / scale
        var fraction = String(magnitude % scale)
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = chips.rawValue < 0 ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// `chips` of this unit as a floating-point number in the original unit (for JSON output).
    public func value(_ chips: Chips) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return Double(chips.rawValue) / scale
    }
}
