import PokerEngine

/// Numbers as the screens write them: `1,480` chips, `3rd` place, `1.4s`, `23%`.
public enum Format {
    /// Chips with thousands separators: `1,480`, `-250`.
    public static func chips(_ chips: Chips) -> String { number(chips.rawValue) }

    /// An integer with thousands separators.
    public static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// `1st`, `2nd`, `3rd`, `11th`.
    public static func ordinal(_ n: Int) -> String {
        let tens = n % 100, ones = n % 10
        let suffix = (11...13).contains(tens) ? "th" : (ones == 1 ? "st" : ones == 2 ? "nd" : ones == 3 ? "rd" : "th")
        return "\(n)\(suffix)"
    }

    /// Seconds with one decimal: `1.4s`.
    public static func seconds(_ duration: Duration) -> String {
        let tenths = max(0, Int((duration / .milliseconds(100)).rounded(.down)))
        return "\(tenths / 10).\(tenths % 10)s"
    }

    /// A rate as a whole percentage, `—` (or `-`) when unknown.
    public static func percent(_ rate: Double?, unicode: Bool = true) -> String {
        guard let rate else { return unicode ? "—" : "-" }
        return "\(Int((rate * 100).rounded()))%"
    }

    /// A number with one decimal, `—` (or `-`) when unknown.
    public static func decimal(_ value: Double?, unicode: Bool = true) -> String {
        guard let value, value.isFinite else { return unicode ? "—" : "-" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// `10/20`, `100/200 ante 25`, or `100/200 BB ante 200` when the big blind posts the ante for
    /// the table.
    public static func blinds(_ level: BlindLevel, anteStyle: AnteStyle) -> String {
        let blinds = "\(chips(level.smallBlind))/\(chips(level.bigBlind))"
        guard level.ante > .zero else { return blinds }
        return blinds + (anteStyle == .bigBlind ? " BB ante " : " ante ") + chips(level.ante)
    }

    /// Chips, or big blinds when `bigBlind` is given: `1,480` or `74 bb` (`7.5 bb` under 10).
    public static func amount(_ chips: Chips, bigBlind: Chips?) -> String {
        guard let bigBlind, bigBlind > .zero else { return Self.chips(chips) }
        let value = Double(chips.rawValue) / Double(bigBlind.rawValue)
        return (value < 10 && value.rounded() != value ? decimal(value) : number(Int(value.rounded()))) + " bb"
    }

    /// Pot odds as the left side of "x:1": `3`, `2.5`, `12`.
    public static func odds(_ ratio: Double) -> String {
        guard ratio.isFinite else { return "-" }
        let tenths = Int((ratio * 10).rounded())
        return tenths % 10 == 0 || tenths >= 100 ? String(Int(ratio.rounded())) : decimal(ratio)
    }
}
