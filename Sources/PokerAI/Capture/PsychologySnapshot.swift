/// A seat's state of mind at one decision, flattened for the AI lab (text and JSON).
public struct PsychologySnapshot: Hashable, Sendable, Codable {
    /// "tilt 0.45 (bad beat by Zeus) · frustrated".
    public var summary: String
    public var tilt: Double
    public var tiltSource: String?
    public var emotion: String
    public var valence: Double
    public var arousal: Double
    public var control: Double
    public var focus: Double
    /// The traits the decision was made with (anchors bent by pressure, tilt and mood).
    public var aggression: Double
    public var bluffTendency: Double
    public var looseness: Double
    public var chattiness: Double
    /// Hands played and net result this session, as the prompt states them.
    public var session: String

    /// The snapshot of `mind`, with names from `context`.
    public init(mind: SeatMind, context: TableContext) {
        let psychology = mind.psychology
        summary = mind.statusLine(context: context)
        tilt = psychology.tilt.level
        tiltSource = psychology.tilt.source.map { "\($0)" }
        emotion = psychology.displayEmotion.label
        valence = psychology.emotion.valence
        arousal = psychology.emotion.arousal
        control = psychology.emotion.control
        focus = psychology.emotion.focus
        let traits = psychology.effectiveTraits
        aggression = traits.aggression
        bluffTendency = traits.bluffTendency
        looseness = traits.looseness
        chattiness = traits.chattiness
        session = mind.session.summary
    }
}
