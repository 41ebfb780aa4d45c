/// One personality trait that bends under pressure and springs back.
///
/// The trait keeps a **pressure** `p` and shows `value = anchor + elasticity × p`. Pressure events
/// add to `p`; each hand `p` shrinks by the recovery rate, so the value recovers exactly
/// `value += (anchor − value) × recoveryRate` per hand (the contract in `docs/personalities.md`).
/// `p` is clamped so the value never leaves `anchor ± elasticity` nor `0…1`.
public struct ElasticTrait: Codable, Sendable, Hashable {
    /// Where the trait sits when nothing presses on the character (the personality's trait).
    public let anchor: Double
    /// How far pressure can move the trait from its anchor (0 never moves).
    public let elasticity: Double
    /// Share of the remaining distance back to the anchor recovered per hand.
    public let recoveryRate: Double
    /// Accumulated pressure, in units of `elasticity`: −1 is the lower bound, +1 the upper
    /// (less where the bound is cut by 0 or 1).
    public private(set) var pressure: Double = 0

    /// A trait at rest on its anchor. Inputs are forced into 0…1.
    public init(anchor: Double, elasticity: Double, recoveryRate: Double) {
        self.anchor = Self.unit(anchor)
        self.elasticity = Self.unit(elasticity)
        self.recoveryRate = Self.unit(recoveryRate)
    }

    /// The current value, always within ``bounds`` (clamped against rounding).
    public var value: Double {
        let range = bounds
        return min(range.upperBound, max(range.lowerBound, anchor + elasticity * pressure))
    }

    /// The range the value can reach: `max(0, anchor − elasticity) … min(1, anchor + elasticity)`.
    public var bounds: ClosedRange<Double> { max(0, anchor - elasticity)...min(1, anchor + elasticity) }

    /// How far the value has been pushed from its anchor (signed).
    public var drift: Double { value - anchor }

    /// Pushes the trait: `pressure += amount`, clamped so the value stays within ``bounds``.
    /// An amount of 1 moves the value by its whole elasticity.
    public mutating func applyPressure(_ amount: Double) {
        guard elasticity > 0, amount.isFinite else { return }
        let lower = (bounds.lowerBound - anchor) / elasticity
        let upper = (bounds.upperBound - anchor) / elasticity
        pressure = min(upper, max(lower, pressure + amount))
    }

    /// One hand of recovery: `pressure ×= 1 − recoveryRate`, which moves the value
    /// `(anchor − value) × recoveryRate` back toward the anchor.
    public mutating func recover() {
        pressure *= 1 - recoveryRate
        if abs(pressure) < ElasticTrait.restThreshold { pressure = 0 }
    }

    /// Pressure smaller than this is rounded to zero so long games settle exactly on the anchor.
    public static let restThreshold = 1e-6

    private static func unit(_ x: Double) -> Double { x.isFinite ? min(1, max(0, x)) : 0 }
}
