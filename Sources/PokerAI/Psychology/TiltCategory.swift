/// How tilted, in words (thresholds in ``TiltRules``).
public enum TiltCategory: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case none, mild, moderate, severe

    public init(level: Double) {
        self = level >= TiltRules.severe ? .severe : level >= TiltRules.moderate ? .moderate
            : level >= TiltRules.mild ? .mild : .none
    }

    public static func < (lhs: TiltCategory, rhs: TiltCategory) -> Bool { lhs.order < rhs.order }

    private var order: Int {
        switch self {
        case .none: 0
        case .mild: 1
        case .moderate: 2
        case .severe: 3
        }
    }
}
