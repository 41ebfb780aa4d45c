/// How tilt and mood bend the elastic traits into the traits a character plays and talks with
/// right now (``Psychology/effectiveTraits``). Each result is clamped to 0…1.
///
/// | trait | effective value |
/// |---|---|
/// | aggression | elastic + 0.20·tilt + 0.10·(arousal − 0.5) |
/// | bluff tendency | elastic + 0.20·tilt + 0.10·(0.5 − control) |
/// | looseness | elastic + 0.25·tilt |
/// | chattiness | elastic + 0.20·(arousal − 0.5) |
/// | emoji usage | elastic + 0.10·valence |
///
/// A character who never speaks (chattiness anchor 0) stays at 0 whatever the mood.
public enum EffectiveTraitRules {
    public static let aggressionFromTilt = 0.20
    public static let aggressionFromArousal = 0.10
    public static let bluffFromTilt = 0.20
    public static let bluffFromLostControl = 0.10
    public static let loosenessFromTilt = 0.25
    public static let chattinessFromArousal = 0.20
    public static let emojiFromValence = 0.10

    /// The traits to play and talk with.
    public static func apply(elastic: Traits, tilt: Double, emotion: EmotionalState, silent: Bool) -> Traits {
        var t = elastic
        t.aggression += aggressionFromTilt * tilt + aggressionFromArousal * (emotion.arousal - 0.5)
        t.bluffTendency += bluffFromTilt * tilt + bluffFromLostControl * (0.5 - emotion.control)
        t.looseness += loosenessFromTilt * tilt
        t.chattiness = silent ? 0 : t.chattiness + chattinessFromArousal * (emotion.arousal - 0.5)
        t.emojiUsage = elastic.emojiUsage == 0 ? 0 : t.emojiUsage + emojiFromValence * emotion.valence
        return t.clamped()
    }
}
