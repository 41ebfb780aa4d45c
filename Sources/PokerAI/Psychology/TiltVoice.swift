/// The words tilt puts in a character's head for the prompt: intrusive thoughts by source, a
/// revenge thought naming the nemesis, and a mindset by severity. `{nemesis}` is replaced by the
/// nemesis's name (or "them"). Nothing here reveals cards or anything the seat may not know.
public enum TiltVoice {
    /// Thoughts that keep coming back, by what caused the tilt.
    public static func thoughts(for source: TiltSource) -> [String] {
        switch source {
        case .badBeat:
            ["I was ahead. I was AHEAD when the money went in.",
             "How does {nemesis} call with that and get there?",
             "The deck owes me one after that.",
             "One card. One stupid card."]
        case .bluffCalled:
            ["They all saw it. Everyone saw that bluff get picked off.",
             "{nemesis} thinks I'm an easy read now.",
             "Next time I'll have it, and {nemesis} will pay.",
             "I should have just given up that pot."]
        case .bigLoss:
            ["That was a huge chunk of my stack.",
             "I need those chips back, and soon.",
             "{nemesis} is sitting on my chips.",
             "One good pot and I'm right back where I was."]
        case .crippled:
            ["Almost nothing left. This is humiliating.",
             "A short stack can still scare people. It has to.",
             "{nemesis} did this to me.",
             "It's now or never with what I've got."]
        case .losingStreak:
            ["Nothing is working tonight.",
             "How many in a row is that now?",
             "The cards hate me. Every single hand.",
             "I can't keep folding and losing like this."]
        case .needled:
            ["Who does {nemesis} think they are?",
             "I'll make {nemesis} eat those words.",
             "Don't let {nemesis} get to you. Too late.",
             "I'll show this table who's weak."]
        }
    }

    /// Thoughts of revenge, used from moderate tilt when there is a nemesis.
    public static let revenge = [
        "Next pot I play against {nemesis}, I'm going after them.",
        "{nemesis} has my chips, and I want them back.",
        "I'm not letting {nemesis} push me around again.",
    ]

    /// How the character feels like playing, by severity (none gets no line).
    public static func mindset(_ category: TiltCategory) -> String? {
        switch category {
        case .none: nil
        case .mild: "You are a little rattled. You still trust your reads, but you are itching to win a pot back."
        case .moderate:
            "You are steaming. Patience feels like losing: you want to play more pots and push the action, "
                + "and folding hurts."
        case .severe:
            "You are on full tilt. Big hands or big bluffs; folding feels unbearable and caution feels like cowardice."
        }
    }

    /// `text` with `{nemesis}` replaced.
    public static func naming(_ text: String, nemesis: String?) -> String {
        text.replacingOccurrences(of: "{nemesis}", with: nemesis ?? "them")
    }
}
