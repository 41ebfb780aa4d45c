#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The weights of discounted CFR (Brown & Sandholm, "Solving Imperfect-Information Games via
/// Discounted Regret Minimization", AAAI 2019). After iteration `t` (counted from 1):
///
/// - accumulated positive regrets are multiplied by `t^α / (t^α + 1)`,
/// - accumulated negative regrets by `t^β / (t^β + 1)`,
/// - the accumulated (reach-weighted) average strategy by `(t / (t + 1))^γ`.
///
/// `.dcfr` is the paper's recommended α = 1.5, β = 0, γ = 2. With α = ∞ (positive regrets kept),
/// β = −∞ (negative regrets floored at zero) and a linear average this becomes CFR+; we do not use
/// that variant.
public struct DiscountSchedule: Hashable, Sendable, Codable {
    public var alpha: Double
    public var beta: Double
    public var gamma: Double

    public init(alpha: Double, beta: Double, gamma: Double) {
        self.alpha = alpha
        self.beta = beta
        self.gamma = gamma
    }

    /// Discounted CFR with the paper's parameters.
    public static let dcfr = DiscountSchedule(alpha: 1.5, beta: 0, gamma: 2)

    /// The three multipliers applied at the end of iteration `t` (1-based).
    public func factors(afterIteration t: Int) -> (positive: Double, negative: Double, strategy: Double) {
        let x = Double(max(t, 1))
        let a = pow(x, alpha), b = pow(x, beta)
        return (a / (a + 1), b / (b + 1), pow(x / (x + 1), gamma))
    }
}
