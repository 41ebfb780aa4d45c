/// One AI character's state of mind: elastic traits, tilt and emotional state. A value saved with
/// the game; it changes only through ``handFinished(_:)`` and ``apply(_:)``.
///
/// Order each hand: first one hand of recovery (traits toward their anchors, tilt decay, emotion
/// toward its baseline), then the hand's pressure events (trait pressure, tilt, emotional spike).
public struct Psychology: Codable, Sendable, Hashable {
    /// The five traits with their anchors, elasticities and recovery rates.
    public private(set) var traits: ElasticTraits
    /// Tilt level, source, nemesis and losing streak.
    public internal(set) var tilt: TiltState
    /// The current mood.
    public private(set) var emotion: EmotionalState
    /// From the personality: 0 tilts at once, 1 never tilts.
    public let tiltResistance: Double
    /// Hands absorbed so far.
    public private(set) var hands: Int = 0

    /// A calm character, at rest on its anchors, mood at its baseline.
    public init(personality: Personality) {
        traits = ElasticTraits(personality: personality)
        tilt = TiltState()
        tiltResistance = min(1, max(0, personality.tiltResistance))
        emotion = EmotionRules.baseline(traits: traits, tilt: 0)
    }

    /// Where the mood settles for the current traits and tilt.
    public var baseline: EmotionalState { EmotionRules.baseline(traits: traits, tilt: tilt.level) }

    /// The traits the offline bot and the prompt use now: elastic values bent by tilt and mood
    /// (``EffectiveTraitRules``).
    public var effectiveTraits: Traits {
        EffectiveTraitRules.apply(elastic: traits.values, tilt: tilt.level, emotion: emotion,
                                  silent: traits.chattiness.anchor == 0)
    }

    /// The emotion the face shows.
    public var displayEmotion: DisplayEmotion { emotion.display }

    /// A hand is over: recover one hand's worth, then take in what happened to this character
    /// (possibly nothing: call it every hand so recovery keeps time).
    public mutating func handFinished(_ events: [PressureEvent]) {
        traits.recover()
        tilt.decay(resistance: tiltResistance)
        emotion = emotion.moved(toward: baseline, share: EmotionRules.decayPerHand).clamped()
        hands += 1
        absorb(events)
    }

    /// Something happened between hands or mid-hand (table talk): applied at once, no recovery.
    public mutating func apply(_ event: PressureEvent) {
        absorb([event])
    }

    private mutating func absorb(_ events: [PressureEvent]) {
        guard !events.isEmpty else { return }
        let amplification = 1 + EmotionRules.tiltAmplification * tilt.level
        var spike = EmotionalState.zero
        for event in events {
            let effect = PressureEffect.of(event).scaled(by: event.intensity)
            traits.applyPressure(effect.traits)
            spike = spike + effect.emotion
        }
        tilt.absorb(events, resistance: tiltResistance)
        emotion = (emotion + spike.capped(at: EmotionRules.maximumSpike).scaled(by: amplification)).clamped()
    }
}
