import Foundation

extension Psychology {
    /// How many intrusive thoughts the prompt carries at each tilt category.
    static func thoughtCount(_ category: TiltCategory) -> Int {
        switch category {
        case .none: 0
        case .mild: 1
        case .moderate, .severe: 2
        }
    }

    /// A few lines for an LLM decision prompt: the mood against the character's usual self, and when
    /// tilted the level, its cause, intrusive thoughts (naming the nemesis) and the mindset.
    /// Deterministic for a given state. `nemesisName` is the display name of ``TiltState/nemesis``.
    public func promptSection(personality: Personality, nemesisName: String?) -> String {
        let emotion = displayEmotion
        var lines = [
            "Right now you feel \(emotion.feeling): \(self.emotion.descriptors). "
                + "(Your usual confidence: \(personality.confidence); your usual attitude: \(personality.attitude).)"
        ]
        let category = tilt.category
        guard category != .none else {
            lines.append("You are not on tilt.")
            return lines.joined(separator: "\n")
        }
        var cause = ""
        if let source = tilt.source {
            cause = ", after a \(source.label)" + (nemesisName.map { " by \($0)" } ?? "")
        }
        lines.append("Tilt: \(Self.format(tilt.level)) of 1 (\(category.rawValue))\(cause).")
        let quoted = intrusiveThoughts(nemesisName: nemesisName).map { "\"\($0)\"" }
        if !quoted.isEmpty { lines.append("What keeps running through your mind: " + quoted.joined(separator: " ")) }
        if let mindset = TiltVoice.mindset(category) { lines.append("Current mindset: " + mindset) }
        return lines.joined(separator: "\n")
    }

    /// The thoughts the prompt shows now: one (mild) or two (moderate and up) from the source's
    /// pool, plus a revenge thought at moderate and up when there is a nemesis. Chosen by the
    /// count of tilt rises, so they change from one tilting hand to the next.
    public func intrusiveThoughts(nemesisName: String?) -> [String] {
        let category = tilt.category
        let count = Self.thoughtCount(category)
        guard count > 0 else { return [] }
        let pool = TiltVoice.thoughts(for: tilt.source ?? .losingStreak)
        var chosen = (0..<count).map { pool[(tilt.rises + $0) % pool.count] }
        if category >= .moderate, tilt.nemesis != nil, nemesisName != nil {
            chosen.append(TiltVoice.revenge[tilt.rises % TiltVoice.revenge.count])
        }
        return chosen.map { TiltVoice.naming($0, nemesis: nemesisName) }
    }

    /// A short line for the UI: "tilt 0.45 (bad beat by Zeus) · frustrated", or just the emotion
    /// when calm.
    public func statusLine(nemesisName: String?) -> String {
        let emotion = displayEmotion.label
        guard tilt.level >= TiltRules.clearBelow else { return emotion }
        var cause = ""
        if let source = tilt.source {
            cause = " (" + source.label + (nemesisName.map { " by \($0)" } ?? "") + ")"
        }
        return "tilt \(Self.format(tilt.level))\(cause) · \(emotion)"
    }

    /// Two decimals, as the UI and prompts show levels.
    static func format(_ x: Double) -> String { String(format: "%.2f", x) }
}
