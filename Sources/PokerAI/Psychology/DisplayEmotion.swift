/// The emotion a character's face shows, mapped from the four numbers. The first matching row wins:
///
/// | emotion | condition |
/// |---|---|
/// | angry | valence < −0.4 and arousal > 0.7 |
/// | elated | valence > 0.6 and arousal > 0.6 |
/// | shocked | arousal > 0.85 |
/// | smug | valence > 0.5 and control > 0.7 |
/// | frustrated | valence < −0.2 and 0.5 < arousal ≤ 0.7 |
/// | nervous | valence < 0 and control < 0.5 |
/// | confident | valence > 0.2 and control > 0.5 |
/// | happy | valence > 0.3 |
/// | thinking | focus > 0.6 and arousal < 0.5 |
/// | poker face | otherwise |
public enum DisplayEmotion: String, Codable, Sendable, Hashable, CaseIterable {
    case angry, elated, shocked, smug, frustrated, nervous, confident, happy, thinking
    case pokerFace = "poker_face"

    public init(_ s: EmotionalState) {
        let (v, a, c, f) = (s.valence, s.arousal, s.control, s.focus)
        self = if v < -0.4 && a > 0.7 { .angry }
            else if v > 0.6 && a > 0.6 { .elated }
            else if a > 0.85 { .shocked }
            else if v > 0.5 && c > 0.7 { .smug }
            else if v < -0.2 && a > 0.5 && a <= 0.7 { .frustrated }
            else if v < 0 && c < 0.5 { .nervous }
            else if v > 0.2 && c > 0.5 { .confident }
            else if v > 0.3 { .happy }
            else if f > 0.6 && a < 0.5 { .thinking }
            else { .pokerFace }
    }

    /// Words for the UI: "poker face", "angry".
    public var label: String { self == .pokerFace ? "poker face" : rawValue }

    /// How the character feels, as an adjective for prompts: "angry", "composed" (poker face),
    /// "thoughtful" (thinking).
    public var feeling: String {
        switch self {
        case .pokerFace: "composed"
        case .thinking: "thoughtful"
        default: rawValue
        }
    }
}
