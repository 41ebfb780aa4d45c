/// TOML integer, float and date-time syntax, checked strictly (underscores only between digits,
/// no leading zeros, no overflow).
enum TOMLNumber {
    case integer(Int)
    case float(Double)
    case tooLarge

    static func parse(_ text: String) -> TOMLNumber? {
        var body = Substring(text)
        var sign = ""
        if let first = body.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        if body == "inf" { return .float(sign.isEmpty ? .infinity : -.infinity) }
        if body == "nan" { return .float(.nan) }
        if sign.isEmpty, text.count > 2, text.hasPrefix("0x") || text.hasPrefix("0o") || text.hasPrefix("0b") {
            let radix = text.hasPrefix("0x") ? 16 : text.hasPrefix("0o") ? 8 : 2
            let digits = text.dropFirst(2)
            guard let plain = digitsWithUnderscores(digits, radix: radix) else { return nil }
            return Int(plain, radix: radix).map { .integer($0) } ?? .tooLarge
        }
        // Decimal: integer part, then an optional fraction and exponent.
        let exponentIndex = body.firstIndex { $0 == "e" || $0 == "E" }
        let mantissa = exponentIndex.map { body[..<$0] } ?? body
        let dot = mantissa.firstIndex(of: ".")
        let integerPart = dot.map { mantissa[..<$0] } ?? mantissa
        guard let whole = digitsWithUnderscores(integerPart, radix: 10),
              whole == "0" || !whole.hasPrefix("0") else { return nil }
        if dot == nil, exponentIndex == nil {
            return Int(sign + whole).map { .integer($0) } ?? .tooLarge
        }
        var plain = sign + whole
        if let dot {
            guard let fraction = digitsWithUnderscores(mantissa[mantissa.index(after: dot)...], radix: 10) else { return nil }
            plain += "." + fraction
        }
        if let exponentIndex {
            var exponent = body[body.index(after: exponentIndex)...]
            var exponentSign = ""
            if let first = exponent.first, first == "+" || first == "-" {
                exponentSign = String(first)
                exponent = exponent.dropFirst()
            }
            guard let digits = digitsWithUnderscores(exponent, radix: 10) else { return nil }
            plain += "e" + exponentSign + digits
        }
        guard let value = Double(plain) else { return nil }
        return value.isFinite ? .float(value) : .tooLarge
    }

    /// The digits without underscores, or nil when empty, not all digits of `radix`, or an
    /// underscore is not between two digits.
    static func digitsWithUnderscores(_ text: Substring, radix: Int) -> String? {
        var out = ""
        var previousWasDigit = false
        for character in text {
            if character == "_" {
                guard previousWasDigit else { return nil }
                previousWasDigit = false
                continue
            }
            guard character.isASCII, character.hexDigitValue.map({ $0 < radix }) == true else { return nil }
            out.append(character)
            previousWasDigit = true
        }
        return previousWasDigit ? out : nil
    }

    /// A local or offset date, time or date-time (`1979-05-27`, `07:32:00`, `1979-05-27T07:32:00Z`).
    static func isDateTime(_ text: String) -> Bool {
        let pattern = text.map { $0.isASCII && $0.isNumber ? "9" : $0 }
        let shape = String(pattern)
        let date = "9999-99-99", time = "99:99:99"
        if shape == date || shape.hasPrefix(time) && timeTail(shape.dropFirst(time.count)) { return true }
        guard shape.hasPrefix(date), shape.count > date.count else { return false }
        let rest = shape.dropFirst(date.count)
        guard let separator = rest.first, "Tt ".contains(separator), rest.dropFirst().hasPrefix(time) else { return false }
        return timeTail(rest.dropFirst(1 + time.count), offsetAllowed: true)
    }

    /// Fractional seconds, then (for date-times) `Z` or `±99:99`.
    static func timeTail(_ tail: Substring, offsetAllowed: Bool = false) -> Bool {
        var rest = tail
        if rest.first == "." {
            let digits = rest.dropFirst().prefix { $0 == "9" }
            guard !digits.isEmpty else { return false }
            rest = rest.dropFirst(1 + digits.count)
        }
        if rest.isEmpty { return true }
        guard offsetAllowed else { return false }
        return rest == "Z" || rest == "z" || rest == "+99:99" || rest == "-99:99"
    }
}
