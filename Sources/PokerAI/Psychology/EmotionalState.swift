/// The four numbers of a character's mood. Also used for spikes (changes), which may be negative.
///
/// - valence −1 (miserable) … 1 (delighted)
/// - arousal 0 (calm) … 1 (agitated)
/// - control 0 (slipping) … 1 (in command)
/// - focus 0 (tunnel vision) … 1 (clear-headed)
public struct EmotionalState: Codable, Sendable, Hashable {
    public var valence: Double
    public var arousal: Double
    public var control: Double
    public var focus: Double

    public init(valence: Double, arousal: Double, control: Double, focus: Double) {
        self.valence = valence
        self.arousal = arousal
        self.control = control
        self.focus = focus
    }

    /// No change (for spikes).
    public static let zero = EmotionalState(valence: 0, arousal: 0, control: 0, focus: 0)

    /// Every component multiplied by `factor`.
    public func scaled(by factor: Double) -> EmotionalState {
        EmotionalState(valence: valence * factor, arousal: arousal * factor, control: control * factor,
                       focus: focus * factor)
    }

    /// Component-wise sum.
    public static func + (lhs: EmotionalState, rhs: EmotionalState) -> EmotionalState {
        EmotionalState(valence: lhs.valence + rhs.valence, arousal: lhs.arousal + rhs.arousal,
                       control: lhs.control + rhs.control, focus: lhs.focus + rhs.focus)
    }

    /// Every component limited to `−limit…limit` (for spikes).
    public func capped(at limit: Double) -> EmotionalState {
        func cap(_ x: Double) -> Double { min(limit, max(-limit, x)) }
        return EmotionalState(valence: cap(valence), arousal: cap(arousal), control: cap(control), focus: cap(focus))
    }

    /// Forced into range: valence −1…1, the others 0…1.
    public func clamped() -> EmotionalState {
        func unit(_ x: Double) -> Double { min(1, max(0, x)) }
        return EmotionalState(valence: min(1, max(-1, valence)), arousal: unit(arousal), control: unit(control),
                              focus: unit(focus))
    }

    /// Moves `share` of the way toward `target` (each component).
    public func moved(toward target: EmotionalState, share: Double) -> EmotionalState {
        EmotionalState(valence: valence + (target.valence - valence) * share,
                       arousal: arousal + (target.arousal - arousal) * share,
                       control: control + (target.control - control) * share,
                       focus: focus + (target.focus - focus) * share)
    }

    /// The emotion a face shows for this state (first matching row of ``DisplayEmotion``'s table).
    public var display: DisplayEmotion { DisplayEmotion(self) }

    /// "slightly negative, restless, wavering, distracted".
    public var descriptors: String {
        [EmotionDescriptors.valence(valence), EmotionDescriptors.arousal(arousal),
         EmotionDescriptors.control(control), EmotionDescriptors.focus(focus)].joined(separator: ", ")
    }
}
