import LLMClient
import PokerAI
import PokerGame

/// How a captured decision is sent again.
public struct RerunOptions: Sendable {
    /// Who answers the re-run.
    public enum Target: Sendable {
        /// The provider and model that answered the capture (resolved like `--provider`, with
        /// the environment and the config file supplying keys and URLs).
        case capture
        /// Another provider or model.
        case llm(LLMConfig)
        /// The offline bot (no prompt, no network).
        case offline
    }

    public var target: Target = .capture
    /// Rebuild the prompt in this game mode (equity and verdict lines appear or go).
    public var mode: GameMode?
    /// Send this prompt instead (an edited one).
    public var prompt: DecisionPrompt?
    /// Add this instruction at the end of the system prompt.
    public var guidance: String?
    /// Base URL for `.capture` targets (e.g. a local or fake server).
    public var baseURL: String?
    /// Another model of the capture's provider, for `.capture` targets.
    public var model: String?
    /// How long the re-run may take, correction turn included.
    public var timeout: Duration = .seconds(60)

    /// Options; the defaults re-send the captured prompt to the capture's own model.
    public init(target: Target = .capture, mode: GameMode? = nil, prompt: DecisionPrompt? = nil, guidance: String? = nil,
                baseURL: String? = nil, model: String? = nil, timeout: Duration = .seconds(60)) {
        self.target = target
        self.mode = mode
        self.prompt = prompt
        self.guidance = guidance
        self.baseURL = baseURL
        self.model = model
        self.timeout = timeout
    }

    /// What differs from the captured prompt, in words.
    var promptChange: String {
        if case .offline = target { return "offline bot" }
        var parts: [String] = []
        if let mode { parts.append("mode \(mode.rawValue)") }
        if prompt != nil { parts.append("edited") }
        if let guidance, !guidance.isEmpty { parts.append("guidance") }
        return parts.isEmpty ? "unchanged" : parts.joined(separator: ", ")
    }
}

/// Why a captured decision cannot be re-run.
public enum RerunError: Error, Hashable, Sendable, CustomStringConvertible {
    case store(StoreErrorText)
    case noInputs(capture: Int64)
    case unreadableInputs(capture: Int64, reason: String)
    case noLegalActions(capture: Int64)
    case unknownPersonality(String)
    case offlineCapture(capture: Int64)
    case provider(String)

    public var description: String {
        switch self {
        case let .store(error): error.text
        case let .noInputs(id):
            "capture \(id) was recorded without its decision inputs (before the AI lab existed), so it cannot be rebuilt or judged again"
        case let .unreadableInputs(id, reason): "capture \(id) cannot be re-run: \(reason)"
        case let .noLegalActions(id): "capture \(id) has no legal actions to choose from"
        case let .unknownPersonality(name): "no personality '\(name)' is kept with the game or in the personality files"
        case let .offlineCapture(id):
            "capture \(id) was decided by the offline bot; choose who answers the re-run with --provider (or --offline)"
        case let .provider(reason): "the re-run's provider cannot be used: \(reason)"
        }
    }
}

/// A store error's sentence (keeps `RerunError` hashable without exposing the store's type).
public struct StoreErrorText: Hashable, Sendable {
    public let text: String
}
