/// What one ``PressureEvent`` does to a character: trait pressure, tilt and an emotional spike.
/// The whole table of effects lives here, in one place.
public struct PressureEffect: Sendable, Hashable {
    /// Pressure added to each elastic trait (1 = the trait's whole elasticity).
    public var traits: Traits
    /// Tilt change before scaling: rises are multiplied by the character's susceptibility
    /// (``TiltRules/susceptibility(resistance:)``); falls apply as they are.
    public var tilt: Double
    /// Emotional spike added to the current state (before the tilt amplification).
    public var emotion: EmotionalState

    public init(traits: Traits = Traits(uniform: 0), tilt: Double = 0, emotion: EmotionalState = .zero) {
        self.traits = traits
        self.tilt = tilt
        self.emotion = emotion
    }

    /// The effect of an event of `kind`. Outcome spikes (won, lost, costly fold) grow with the
    /// amount: `m = min(|bb| / EmotionRules.fullScaleBigBlinds, 1)`.
    public static func of(_ event: PressureEvent) -> PressureEffect {
        let m = min(abs(event.bigBlinds) / EmotionRules.fullScaleBigBlinds, 1)
        typealias T = Traits
        switch event.kind {
        case .wonPot:
            return .init(traits: T(aggression: 0.05, bluffTendency: 0, looseness: 0, chattiness: 0.1, emojiUsage: 0.05),
                         tilt: -0.05 - 0.05 * m, emotion: .init(valence: 0.25 + 0.35 * m, arousal: 0.1 + 0.25 * m,
                                                     control: 0.1 + 0.1 * m, focus: 0.05))
        case .bigWin:
            return .init(traits: T(aggression: 0.2, bluffTendency: 0.1, looseness: 0.1, chattiness: 0.3, emojiUsage: 0.1),
                         tilt: -0.10, emotion: .init(valence: 0.2, arousal: 0.15, control: 0.1, focus: 0))
        case .doubledUp:
            return .init(traits: T(aggression: 0.2, bluffTendency: 0, looseness: 0.1, chattiness: 0.2, emojiUsage: 0.1),
                         tilt: -0.10, emotion: .init(valence: 0.2, arousal: 0.15, control: 0.1, focus: 0))
        case .successfulBluff:
            return .init(traits: T(aggression: 0.2, bluffTendency: 0.3, looseness: 0, chattiness: 0.1, emojiUsage: 0),
                         tilt: -0.05, emotion: .init(valence: 0.2, arousal: 0.1, control: 0.15, focus: 0))
        case .eliminatedOpponent:
            return .init(traits: T(aggression: 0.3, bluffTendency: 0.15, looseness: 0, chattiness: 0.2, emojiUsage: 0.1),
                         tilt: -0.10, emotion: .init(valence: 0.2, arousal: 0.15, control: 0.1, focus: 0))
        case .lostAtShowdown:
            return .init(traits: T(aggression: 0, bluffTendency: 0, looseness: 0, chattiness: -0.05, emojiUsage: 0),
                         tilt: 0.04, emotion: .init(valence: -0.25 - 0.35 * m, arousal: 0.15 + 0.3 * m,
                                                    control: -0.1 - 0.2 * m, focus: -0.1 - 0.1 * m))
        case .costlyFold:
            return .init(traits: T(aggression: -0.05, bluffTendency: 0, looseness: 0, chattiness: -0.05, emojiUsage: 0),
                         tilt: 0.04, emotion: .init(valence: -0.1 - 0.2 * m, arousal: 0.05, control: -0.05, focus: 0))
        case .bigLoss:
            return .init(traits: T(aggression: -0.3, bluffTendency: 0, looseness: -0.1, chattiness: -0.2, emojiUsage: -0.1),
                         tilt: 0.15, emotion: .init(valence: -0.2, arousal: 0.15, control: -0.15, focus: -0.1))
        case .crippled:
            return .init(traits: T(aggression: -0.2, bluffTendency: 0, looseness: -0.2, chattiness: -0.2, emojiUsage: -0.1),
                         tilt: 0.15, emotion: .init(valence: -0.2, arousal: 0.1, control: -0.2, focus: -0.1))
        case .badBeat:
            return .init(traits: T(aggression: -0.1, bluffTendency: -0.1, looseness: 0, chattiness: -0.1, emojiUsage: 0),
                         tilt: 0.30, emotion: .init(valence: -0.3, arousal: 0.3, control: -0.3, focus: -0.2))
        case .bluffCalled:
            return .init(traits: T(aggression: -0.1, bluffTendency: -0.4, looseness: 0, chattiness: 0, emojiUsage: 0),
                         tilt: 0.20, emotion: .init(valence: -0.2, arousal: 0.2, control: -0.25, focus: -0.1))
        case .eliminated:
            return .init(tilt: 0, emotion: .init(valence: -0.4, arousal: 0.3, control: -0.3, focus: 0))
        case .needled:
            return .init(traits: T(aggression: 0.3, bluffTendency: 0.15, looseness: 0, chattiness: 0.1, emojiUsage: 0),
                         tilt: 0.06, emotion: .init(valence: -0.1, arousal: 0.15, control: -0.05, focus: -0.1))
        case .praised:
            return .init(traits: T(aggression: -0.05, bluffTendency: 0, looseness: 0, chattiness: 0.2, emojiUsage: 0.1),
                         tilt: -0.04, emotion: .init(valence: 0.1, arousal: 0, control: 0.05, focus: 0))
        }
    }

    /// The effect multiplied by `factor` (an event's intensity).
    public func scaled(by factor: Double) -> PressureEffect {
        PressureEffect(traits: Traits { traits[$0] * factor }, tilt: tilt * factor, emotion: emotion.scaled(by: factor))
    }
}
