/// The coarse poker style that a looseness and an aggression value add up to, the words players
/// use for opponents. Thresholds (checked in this order):
///
/// | archetype | rule |
/// |---|---|
/// | balanced | both looseness and aggression within 0.4…0.6 |
/// | nit | looseness < 0.2 |
/// | maniac | looseness ≥ 0.8 and aggression ≥ 0.8 |
/// | rock | looseness < 0.5, aggression < 0.5 |
/// | tight-aggressive | looseness < 0.5, aggression ≥ 0.5 |
/// | calling station | looseness ≥ 0.5, aggression < 0.5 |
/// | loose-aggressive | looseness ≥ 0.5, aggression ≥ 0.5 |
public enum PlayerArchetype: String, CaseIterable, Sendable, Hashable, Codable {
    case balanced
    case nit
    case maniac
    case rock
    case tightAggressive = "tight-aggressive"
    case callingStation = "calling station"
    case looseAggressive = "loose-aggressive"

    /// The archetype for these traits (only looseness and aggression matter).
    public init(_ traits: Traits) {
        let (loose, aggressive) = (traits.looseness, traits.aggression)
        if (0.4...0.6).contains(loose), (0.4...0.6).contains(aggressive) {
            self = .balanced
        } else if loose < 0.2 {
            self = .nit
        } else if loose >= 0.8, aggressive >= 0.8 {
            self = .maniac
        } else if loose < 0.5 {
            self = aggressive < 0.5 ? .rock : .tightAggressive
        } else {
            self = aggressive < 0.5 ? .callingStation : .looseAggressive
        }
    }

    /// The label players use ("tight-aggressive", "calling station").
    public var label: String { rawValue }

    /// One sentence describing the style, addressed to the player ("You …").
    public var summary: String {
        switch self {
        case .balanced: "Overall you are a balanced player, hard to pin down."
        case .nit: "Overall you are a nit: you wait, and wait, for a premium hand."
        case .maniac: "Overall you are a maniac: you play nearly everything and attack with it."
        case .rock: "Overall you are a rock: few hands, played cautiously."
        case .tightAggressive: "Overall you are tight-aggressive: few hands, played forcefully."
        case .callingStation: "Overall you are a calling station: you play many hands and hate to let go."
        case .looseAggressive: "Overall you are loose-aggressive: many hands, and you make them hurt."
        }
    }
}
