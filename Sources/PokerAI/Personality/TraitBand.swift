/// A trait value sorted into one of five bands, the unit in which traits are put into words.
///
/// | band | values |
/// |---|---|
/// | veryLow | below 0.2 |
/// | low | 0.2 up to 0.4 |
/// | moderate | 0.4 up to 0.6 |
/// | high | 0.6 up to 0.8 |
/// | veryHigh | 0.8 and above |
public enum TraitBand: Int, CaseIterable, Sendable, Hashable, Comparable {
    case veryLow, low, moderate, high, veryHigh

    /// The lower edge of each band above `veryLow`: 0.2, 0.4, 0.6, 0.8.
    public static let thresholds: [Double] = [0.2, 0.4, 0.6, 0.8]

    /// The band `value` falls in (values outside 0…1 fall in the end bands).
    public init(_ value: Double) {
        let index = Self.thresholds.lastIndex { value >= $0 }.map { $0 + 1 } ?? 0
        self = TraitBand(rawValue: index) ?? .veryLow
    }

    /// "very low", "low", "moderate", "high", "very high".
    public var label: String {
        switch self {
        case .veryLow: "very low"
        case .low: "low"
        case .moderate: "moderate"
        case .high: "high"
        case .veryHigh: "very high"
        }
    }

    public static func < (lhs: TraitBand, rhs: TraitBand) -> Bool { lhs.rawValue < rhs.rawValue }
}
