/// What the range model knows about a player beyond the core: how far its play strays from the
/// core's. A stranger plays the core with a small chance of surprises; a seat whose observed
/// stats show it loose or wild gets a higher floor (its actions tell less), and a looser preflop
/// range.
public struct PlayerProfile: Hashable, Sendable {
    /// Likelihood floor for any action (0.02 for the core, up to ~0.5 for a player who does anything).
    public var surprise: Double
    /// Extra share of hands it plays preflop beyond the core's chart (0 = the chart).
    public var looseness: Double

    public init(surprise: Double = PostflopActionModel.surprise, looseness: Double = 0) {
        self.surprise = min(0.9, max(0.005, surprise))
        self.looseness = min(1, max(0, looseness))
    }

    /// The core itself.
    public static let core = PlayerProfile()

    /// The profile as heads-up solves use it: nil for a player near the core (surprise under
    /// `solvingThreshold`: the solves stay the ones both players share), else rounded to steps of
    /// 0.05 so that reads a little apart share one solve.
    public var forSolving: PlayerProfile? {
        guard surprise >= Self.solvingThreshold else { return nil }
        func step(_ x: Double) -> Double { (x * 20).rounded() / 20 }
        return PlayerProfile(surprise: step(surprise), looseness: step(looseness))
    }

    /// Surprise from which the solves read a player as straying from the core.
    public static let solvingThreshold = 0.15
}
