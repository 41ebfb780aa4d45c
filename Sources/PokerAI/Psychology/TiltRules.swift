/// Every number that drives tilt, in one place.
///
/// - A rise from an event is `effect.tilt × intensity × susceptibility`, with
///   `susceptibility = (1 − tiltResistance) × susceptibilityScale`; falls (wins, praise) are not scaled.
/// - A losing streak of `losingStreakStart` or more hands adds `losingStreakRise × susceptibility`
///   per further loss.
/// - Each hand tilt decays: `level −= decayFloor + level × (decayShareBase + decayShareResistance × resistance)`.
public enum TiltRules {
    /// Susceptibility of a character with tilt resistance 0 (1 never tilts).
    public static let susceptibilityScale = 1.5
    /// Consecutive losses before the streak itself starts to tilt.
    public static let losingStreakStart = 3
    /// Tilt added per loss once the streak has started (before susceptibility).
    public static let losingStreakRise = 0.08
    /// Tilt lost every hand, whatever the level.
    public static let decayFloor = 0.01
    /// Share of the level lost every hand, for a character with no tilt resistance…
    public static let decayShareBase = 0.04
    /// …plus this much more per unit of tilt resistance (calm characters cool off faster).
    public static let decayShareResistance = 0.06
    /// Below this level the source and nemesis are forgotten.
    public static let clearBelow = 0.05
    /// Tilt from here on is "mild".
    public static let mild = 0.2
    /// Tilt from here on is "moderate".
    public static let moderate = 0.4
    /// Tilt from here on is "severe".
    public static let severe = 0.7

    /// How strongly a character with `resistance` takes tilt: `(1 − resistance) × 1.5`.
    public static func susceptibility(resistance: Double) -> Double {
        (1 - min(1, max(0, resistance))) * susceptibilityScale
    }
}
