/// A class written in a range: two ranks and, unless a pair, `s`, `o` or nothing (both).
struct ClassPattern: Equatable {
    var high: Rank
    var low: Rank
    /// nil for pairs and for "suited and offsuit".
    var shape: PreflopClass.Shape?

    init(high: Rank, low: Rank, shape: PreflopClass.Shape?) {
        (self.high, self.low, self.shape) = (high, low, shape)
    }

    init?(_ text: String) {
        let chars = Array(text)
        guard chars.count == 2 || chars.count == 3,
              let first = Rank(character: chars[0]), let second = Rank(character: chars[1])
        else { return nil }
        (high, low) = (max(first, second), min(first, second))
        switch chars.count == 3 ? Character(chars[2].lowercased()) : nil {
        case nil: shape = nil
        case "s" where first != second: shape = .suited
        case "o" where first != second: shape = .offsuit
        default: return nil
        }
    }

    var isPair: Bool { high == low }

    var combos: [HoleCards] {
        if isPair { return PreflopClass(high, low, .pair)?.combos ?? [] }
        let shapes: [PreflopClass.Shape] = shape.map { [$0] } ?? [.suited, .offsuit]
        return shapes.compactMap { PreflopClass(high, low, $0) }.flatMap(\.combos)
    }

    /// `QQ+` → QQ, KK, AA; `A2s+` → A2s … AKs.
    func upward() -> [ClassPattern] {
        if isPair {
            return Rank.allCases.filter { $0 >= high }.map { ClassPattern(high: $0, low: $0, shape: nil) }
        }
        return Rank.allCases.filter { $0 >= low && $0 < high }.map { ClassPattern(high: high, low: $0, shape: shape) }
    }

    /// Every class between two ends (inclusive, either order); nil when the ends do not match.
    func span(to other: ClassPattern) -> [ClassPattern]? {
        if isPair, other.isPair {
            let range = min(high, other.high)...max(high, other.high)
            return Rank.allCases.filter(range.contains).map { ClassPattern(high: $0, low: $0, shape: nil) }
        }
        guard !isPair, !other.isPair, high == other.high, shape == other.shape else { return nil }
        let range = min(low, other.low)...max(low, other.low)
        return Rank.allCases.filter(range.contains).map { ClassPattern(high: high, low: $0, shape: shape) }
    }
}
