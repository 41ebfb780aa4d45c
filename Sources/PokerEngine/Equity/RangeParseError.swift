/// Why range notation could not be read. Each case names the offending item.
public enum RangeParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing but separators.
    case empty
    /// Not a class, combo, span or `random`: `AKx`, `AhAh`, `Z9s`.
    case malformed(item: String)
    /// A weight that is not a number in 0...1 (or 0%...100%): `AKs:2`, `AKs:abc`.
    case invalidWeight(item: String)
    /// A span whose ends differ in kind, first rank or suitedness: `AKs-QJs`, `22-AKo`, `A5s-A2o`.
    case invalidSpan(item: String)
    /// `+` on something that has no "and better": a single combo or `random`.
    case invalidPlus(item: String)

    public var description: String {
        switch self {
        case .empty: "the range is empty"
        case let .malformed(item): "'\(item)' is not a hand or range (try AA, AKs, KQo, QQ+, A2s+, 22-55, A5s-A2s or AhKh)"
        case let .invalidWeight(item): "'\(item)' has a bad weight (use :0.5 or :50%, between 0 and 1)"
        case let .invalidSpan(item): "'\(item)' is not a valid span (both ends must be pairs, or share the first rank and suitedness)"
        case let .invalidPlus(item): "'\(item)' cannot take '+' (only pairs and classes like A2s+ can)"
        }
    }
}
