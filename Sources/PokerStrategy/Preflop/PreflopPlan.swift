import PokerEngine

/// The core's preflop answer for every combo at one situation: raise/call frequencies (fold is
/// the rest), the raise size, and the basis in words for the AI lab and LLM guidance.
public struct PreflopPlan: Sendable {
    public var frequencies: ActionFrequencies
    /// Raise-to for the raise action (nil when raising is closed).
    public var raiseTo: Chips?
    /// The raise is a shove.
    public var raiseIsAllIn: Bool
    /// Why: `CO open range`, `Nash push at 9.5 BB`, `call vs all-in when equity ≥ 38%`.
    public var basis: String

    /// Fold/call/raise frequencies of one combo.
    public func mix(_ combo: HoleCards) -> (fold: Double, call: Double, raise: Double) {
        let i = combo.index
        return (frequencies.fold(i), frequencies.call[i], frequencies.raise[i])
    }

    /// Share of all 1,326 combos that raise / continue.
    public var raiseShare: Double { frequencies.raise.reduce(0, +) / Double(HoleCards.all.count) }
    public var continueShare: Double {
        zip(frequencies.raise, frequencies.call).reduce(0) { $0 + $1.0 + $1.1 } / Double(HoleCards.all.count)
    }
}
