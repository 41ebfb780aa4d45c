/// The five elastic traits of one character, built from its personality's anchors,
/// elasticities and recovery rates.
public struct ElasticTraits: Codable, Sendable, Hashable {
    public private(set) var aggression: ElasticTrait
    public private(set) var bluffTendency: ElasticTrait
    public private(set) var looseness: ElasticTrait
    public private(set) var chattiness: ElasticTrait
    public private(set) var emojiUsage: ElasticTrait

    /// Traits at rest on the personality's anchors.
    public init(personality: Personality) {
        self.init(anchors: personality.traits, elasticity: personality.elasticity,
                  recoveryRate: personality.recoveryRate)
    }

    /// Traits at rest on `anchors`.
    public init(anchors: Traits, elasticity: Traits, recoveryRate: Traits) {
        func make(_ t: PersonalityTrait) -> ElasticTrait {
            ElasticTrait(anchor: anchors[t], elasticity: elasticity[t], recoveryRate: recoveryRate[t])
        }
        aggression = make(.aggression)
        bluffTendency = make(.bluffTendency)
        looseness = make(.looseness)
        chattiness = make(.chattiness)
        emojiUsage = make(.emojiUsage)
    }

    /// One trait.
    public subscript(trait: PersonalityTrait) -> ElasticTrait {
        get {
            switch trait {
            case .aggression: aggression
            case .bluffTendency: bluffTendency
            case .looseness: looseness
            case .chattiness: chattiness
            case .emojiUsage: emojiUsage
            }
        }
        set {
            switch trait {
            case .aggression: aggression = newValue
            case .bluffTendency: bluffTendency = newValue
            case .looseness: looseness = newValue
            case .chattiness: chattiness = newValue
            case .emojiUsage: emojiUsage = newValue
            }
        }
    }

    /// Current values.
    public var values: Traits { Traits { self[$0].value } }
    /// The anchors (the personality's traits).
    public var anchors: Traits { Traits { self[$0].anchor } }

    /// Mean signed drift over the five traits (positive when pushed up: bolder, chattier).
    public var meanDrift: Double { PersonalityTrait.allCases.map { self[$0].drift }.reduce(0, +) / 5 }
    /// Mean absolute drift over the five traits (how far from themselves the character is).
    public var meanAbsoluteDrift: Double { PersonalityTrait.allCases.map { abs(self[$0].drift) }.reduce(0, +) / 5 }

    /// Applies one pressure amount per trait.
    public mutating func applyPressure(_ amounts: Traits) {
        for trait in PersonalityTrait.allCases where amounts[trait] != 0 { self[trait].applyPressure(amounts[trait]) }
    }

    /// One hand of recovery for every trait.
    public mutating func recover() {
        for trait in PersonalityTrait.allCases { self[trait].recover() }
    }
}
