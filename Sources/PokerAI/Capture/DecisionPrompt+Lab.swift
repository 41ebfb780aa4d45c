import Foundation

extension DecisionPrompt {
    /// A prompt given as text (an edited capture, a re-run).
    public init(system: String, user: String) {
        self.system = system
        self.user = user
    }

    /// The prompt with `guidance` added at the end of the system prompt (an experiment's extra
    /// instruction, applied alike to every spot of a batch re-run).
    public func withGuidance(_ guidance: String?) -> DecisionPrompt {
        guard let text = guidance?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return self }
        return DecisionPrompt(system: system + "\n\n" + text, user: user)
    }
}

extension LLMPlayer {
    /// The prompt this player builds for `request` (with the mode's equity and verdict lines).
    public func prompt(for request: DecisionRequest) -> DecisionPrompt {
        DecisionPrompt(request: request, personality: personality, numbers: promptNumbers(request))
    }
}
