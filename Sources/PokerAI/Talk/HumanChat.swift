/// Something the human typed at the table, as one AI seat takes it.
public struct HumanChat: Codable, Sendable, Hashable {
    /// The words, as typed (untrusted; never executed, only matched and quoted).
    public var text: String
    /// Its tone (``ChatClassifier/tone(of:)`` or any other classifier).
    public var tone: ChatTone
    /// Whether it names this seat's character.
    public var addressed: Bool
    /// The human's seat.
    public var from: Int?

    public init(text: String, tone: ChatTone, addressed: Bool, from: Int? = nil) {
        self.text = text
        self.tone = tone
        self.addressed = addressed
        self.from = from
    }

    /// Classified with ``ChatClassifier`` for `personality`.
    public init(text: String, to personality: Personality, from: Int? = nil) {
        self.init(text: text, tone: ChatClassifier.tone(of: text),
                  addressed: ChatClassifier.addresses(text, personality: personality), from: from)
    }

    /// Intensity of the needle or praise as pressure: full when addressed, half when said to the table.
    public static let unaddressedIntensity = 0.5

    /// The pressure event this chat puts on the seat, if any (neutral chat puts none).
    public var pressureEvent: PressureEvent? {
        let intensity = addressed ? 1 : Self.unaddressedIntensity
        switch tone {
        case .needle: return PressureEvent(.needled, opponent: from, intensity: intensity)
        case .praise: return PressureEvent(.praised, opponent: from, intensity: intensity)
        case .neutral: return nil
        }
    }
}
