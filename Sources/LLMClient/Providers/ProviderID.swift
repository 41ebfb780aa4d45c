/// The wire format a provider speaks.
public enum Dialect: String, Sendable, Hashable {
    /// OpenAI chat completions (`POST {base}/chat/completions`).
    case openAI
    /// Anthropic Messages (`POST {base}/messages`).
    case anthropic
    /// Google Gemini generateContent (`POST {base}/models/{model}:generateContent`).
    case gemini
    /// No LLM at all.
    case none
}

/// How a provider can be asked for JSON.
enum StructuredOutputSupport: Sendable {
    case jsonSchema, jsonObject, grammarOrSchema, forcedTool, geminiSchema, none
}

/// A provider PokerFace can call. Names are the ones users type (`--provider groq`).
public enum ProviderID: String, Sendable, Codable, Hashable, CaseIterable {
    case openai, anthropic, gemini, groq, deepseek, mistral, xai, openrouter, ollama, local, offline

    /// The wire format.
    public var dialect: Dialect {
        switch self {
        case .anthropic: .anthropic
        case .gemini: .gemini
        case .offline: .none
        default: .openAI
        }
    }

    /// Human-readable name.
    public var displayName: String {
        switch self {
        case .openai: "OpenAI"
        case .anthropic: "Anthropic"
        case .gemini: "Google Gemini"
        case .groq: "Groq"
        case .deepseek: "DeepSeek"
        case .mistral: "Mistral"
        case .xai: "xAI"
        case .openrouter: "OpenRouter"
        case .ollama: "Ollama"
        case .local: "local llama.cpp server"
        case .offline: "offline (no LLM)"
        }
    }

    /// The base URL used when none is configured (`local`: the server started by `make local-llm`).
    public var defaultBaseURL: String? {
        switch self {
        case .openai: "https://api.openai.com/v1"
        case .anthropic: "https://api.anthropic.com/v1"
        case .gemini: "https://generativelanguage.googleapis.com/v1beta"
        case .groq: "https://api.groq.com/openai/v1"
        case .deepseek: "https://api.deepseek.com/v1"
        case .mistral: "https://api.mistral.ai/v1"
        case .xai: "https://api.x.ai/v1"
        case .openrouter: "https://openrouter.ai/api/v1"
        case .ollama: "http://127.0.0.1:11434/v1"
        case .local: "http://127.0.0.1:18083/v1"
        case .offline: nil
        }
    }

    /// The environment variable holding the key (nil: no key needed).
    public var keyVariable: String? {
        switch self {
        case .openai: "OPENAI_API_KEY"
        case .anthropic: "ANTHROPIC_API_KEY"
        case .gemini: "GEMINI_API_KEY"
        case .groq: "GROQ_API_KEY"
        case .deepseek: "DEEPSEEK_API_KEY"
        case .mistral: "MISTRAL_API_KEY"
        case .xai: "XAI_API_KEY"
        case .openrouter: "OPENROUTER_API_KEY"
        case .ollama, .local, .offline: nil
        }
    }

    /// The environment variable that overrides the base URL (the official SDKs' names where they exist).
    public var baseURLVariable: String? {
        switch self {
        case .openai: "OPENAI_BASE_URL"
        case .anthropic: "ANTHROPIC_BASE_URL"
        case .gemini: "GEMINI_BASE_URL"
        case .ollama: "OLLAMA_BASE_URL"
        case .local: "POKERFACE_LOCAL_LLM_URL"
        default: nil
        }
    }

    /// Whether calls fail without a key. Local servers (ollama, local) need none.
    public var requiresKey: Bool { keyVariable != nil }

    /// The decision model used when none is configured (prices in the shipped table, as of its date).
    public var defaultModel: String? {
        switch self {
        case .openai: "gpt-5.4-mini"
        case .anthropic: "claude-haiku-4-5"
        case .gemini: "gemini-2.5-flash"
        case .groq: "llama-3.3-70b-versatile"
        case .deepseek: "deepseek-chat"
        case .mistral: "mistral-small-latest"
        case .xai: "grok-4-fast-non-reasoning"
        case .openrouter: "openai/gpt-5.4-mini"
        case .ollama: "llama3.2"
        case .local: "gemma-3-270m"
        case .offline: nil
        }
    }

    /// The fast, cheap model for chat, commentary and narration when none is configured.
    public var defaultFastModel: String? {
        switch self {
        case .openai: "gpt-5.4-nano"
        case .anthropic: "claude-haiku-4-5"
        case .gemini: "gemini-2.5-flash-lite"
        case .groq: "llama-3.1-8b-instant"
        case .deepseek: "deepseek-chat"
        case .mistral: "ministral-8b-latest"
        case .xai: "grok-4-fast-non-reasoning"
        case .openrouter: "google/gemini-2.5-flash-lite"
        case .ollama: "llama3.2"
        case .local: "gemma-3-270m"
        case .offline: nil
        }
    }

    /// How this provider is asked for JSON.
    var structuredOutput: StructuredOutputSupport {
        switch self {
        case .openai, .mistral, .xai, .openrouter, .ollama: .jsonSchema
        case .deepseek, .groq: .jsonObject
        case .local: .grammarOrSchema
        case .anthropic: .forcedTool
        case .gemini: .geminiSchema
        case .offline: .none
        }
    }
}
