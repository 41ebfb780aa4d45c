/// Every number of the emotional model, in one place.
///
/// **Baseline** (where the mood settles), from the elastic traits' mean signed drift `d`, mean
/// absolute drift `|d|`, the anchors and tilt `t`:
/// - valence = 3·d − 0.6·t
/// - arousal = 0.35 + 0.25·aggression + 2·|d| + 0.3·t
/// - control = 0.7 − 3·|d| − 0.5·t
/// - focus   = 0.7 − 0.15·chattiness − 0.1·emoji − 1.5·|d| − 0.3·t
///
/// **Spike**: the sum of the hand's event spikes (``PressureEffect``), each component capped at
/// ±0.6, × (1 + 0.8·t), added to the current state and clamped.
/// **Decay**: each hand the state moves 30% of the way to the baseline.
public enum EmotionRules {
    public static let valenceFromDrift = 3.0
    public static let valenceFromTilt = -0.6
    public static let arousalBase = 0.35
    public static let arousalFromAggression = 0.25
    public static let arousalFromDrift = 2.0
    public static let arousalFromTilt = 0.3
    public static let controlBase = 0.7
    public static let controlFromDrift = -3.0
    public static let controlFromTilt = -0.5
    public static let focusBase = 0.7
    public static let focusFromChattiness = -0.15
    public static let focusFromEmoji = -0.1
    public static let focusFromDrift = -1.5
    public static let focusFromTilt = -0.3
    /// The largest change one hand can make to a component before tilt amplification, so one
    /// disaster does not pin every number to its limit.
    public static let maximumSpike = 0.6
    /// Spikes are multiplied by `1 + tiltAmplification × tilt`: a tilted character reacts harder.
    public static let tiltAmplification = 0.8
    /// Share of the way back to the baseline per hand.
    public static let decayPerHand = 0.3
    /// Win and loss spikes reach full size at this many big blinds.
    public static let fullScaleBigBlinds = 25.0

    /// The resting mood for these traits and this tilt.
    public static func baseline(traits: ElasticTraits, tilt: Double) -> EmotionalState {
        let drift = traits.meanDrift
        let spread = traits.meanAbsoluteDrift
        let anchors = traits.anchors
        return EmotionalState(
            valence: valenceFromDrift * drift + valenceFromTilt * tilt,
            arousal: arousalBase + arousalFromAggression * anchors.aggression + arousalFromDrift * spread
                + arousalFromTilt * tilt,
            control: controlBase + controlFromDrift * spread + controlFromTilt * tilt,
            focus: focusBase + focusFromChattiness * anchors.chattiness + focusFromEmoji * anchors.emojiUsage
                + focusFromDrift * spread + focusFromTilt * tilt
        ).clamped()
    }
}
