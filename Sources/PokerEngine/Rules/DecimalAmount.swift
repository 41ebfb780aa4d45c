/// An amount as a hand history writes it, kept exactly: `significand × 10^-decimals`
/// (`10112.5` is 101125 with one decimal). Trailing fractional zeros are dropped, so
/// `decimals` is the fewest that write the amount.
public struct DecimalAmount: Hashable, Sendable, CustomStringConvertible {
    public let significand: Int
    public let decimals: Int

    /// A whole amount.
    public init(_ value: Int) {
        significand = value
        decimals = 0
    }

    /// `significand × 10^-decimals` (decimals ≥ 0), normalised.
    public init(significand: Int, decimals: Int) {
        var s = significand, d = max(0, decimals)
        while d > 0 && s % 10 == 0 { s /= 10; d -= 1 }
        self.significand = s
        self.decimals = d
    }

    /// Parses `1500`, `-20`, `10112.5`, `0.25`, `1,000.50`, `1e3` or `2.5E-1`; nil for anything
    /// else (an empty string, `inf`, two points, letters) or an amount too large to hold.
    public init?(_ text: String) {
        var body = Substring(text)
        var exponent = 0
        if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let value = Int(body[body.index(after: e)...]), abs(value) <= 18 else { return nil }
            exponent = value
            body = body[..<e]
        }
        var negative = false
        if let sign = body.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        var significand = 0, decimals = 0, digits = 0, sawPoint = false
        for character in body {
            if character == "," && !sawPoint { continue }
            if character == "." {
                guard !sawPoint else { return nil }
                sawPoint = true
                continue
            }
            guard let digit = character.wholeNumberValue, character.isASCII else { return nil }
            let (times, overflow1) = significand.multipliedReportingOverflow(by: 10)
            let (plus, overflow2) = times.addingReportingOverflow(digit)
            guard !overflow1 && !overflow2 else { return nil }
            significand = plus
            digits += 1
            if sawPoint { decimals += 1 }
        }
        guard digits > 0 else { return nil }
        if negative { significand = -significand }
        decimals -= exponent
        while decimals < 0 {
            let (scaled, overflow) = significand.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            significand = scaled
            decimals += 1
        }
        self.init(significand: significand, decimals: decimals)
    }

    public var description: String { ChipUnit(decimals: decimals).text(Chips(significand)) }
}
