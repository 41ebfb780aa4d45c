/// What put a character on tilt.
public enum TiltSource: String, Codable, Sendable, Hashable, CaseIterable {
    case badBeat = "bad_beat"
    case bluffCalled = "bluff_called"
    case bigLoss = "big_loss"
    case crippled
    case losingStreak = "losing_streak"
    case needled

    /// The source of tilt an event can set, if any (plain losses add a little tilt but name no source).
    public init?(_ kind: PressureEvent.Kind) {
        switch kind {
        case .badBeat: self = .badBeat
        case .bluffCalled: self = .bluffCalled
        case .bigLoss: self = .bigLoss
        case .crippled: self = .crippled
        case .needled: self = .needled
        default: return nil
        }
    }

    /// Words for status lines and prompts: "bad beat", "losing streak".
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}
