import Foundation

/// Values given explicitly (command-line flags, a seat's setup) that win over everything else.
public struct LLMOverrides: Sendable {
    public var provider: ProviderID?
    public var model: String?
    public var fastModel: String?
    public var baseURL: String?
    public var apiKey: APIKey?
    public var pricingFile: String?

    /// Creates overrides; nil means "not given".
    public init(provider: ProviderID? = nil, model: String? = nil, fastModel: String? = nil, baseURL: String? = nil,
                apiKey: APIKey? = nil, pricingFile: String? = nil) {
        self.provider = provider
        self.model = model
        self.fastModel = fastModel
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.pricingFile = pricingFile
    }
}

extension ProviderID {
    /// Parses a user-typed provider name (case-insensitive; `google` = gemini, `llamacpp` = local, `none` = offline).
    public init?(name: String) {
        let lowered = name.trimmingCharacters(in: .whitespaces).lowercased()
        switch lowered {
        case "google": self = .gemini
        case "llamacpp", "llama.cpp", "llama-cpp": self = .local
        case "none": self = .offline
        default: self.init(rawValue: lowered)
        }
    }
}

extension LLMConfig {
    /// Resolves provider, models, base URL and key. Each value comes from the first source that has it:
    /// explicit overrides, then the environment, then the config file, then the provider's defaults.
    ///
    /// Environment: `POKERFACE_PROVIDER`, `POKERFACE_MODEL`, `POKERFACE_FAST_MODEL`, `POKERFACE_PRICING_FILE`,
    /// the provider's key variable (`OPENAI_API_KEY`…) and base-URL variable (`OPENAI_BASE_URL`,
    /// `ANTHROPIC_BASE_URL`, `GEMINI_BASE_URL`, `OLLAMA_BASE_URL`, `POKERFACE_LOCAL_LLM_URL`).
    /// With no provider anywhere the result is `offline`. A config file holding keys that group
    /// or others can read is refused only when the provider needs a key.
    /// - Parameter configPath: the config file; nil means `ConfigFile.defaultPath(environment:)`.
    public static func resolve(
        _ overrides: LLMOverrides = LLMOverrides(),
        environment: [String: String] = ProcessInfo.processInfo.environment,
        configPath: String? = nil
    ) throws(ConfigError) -> LLMConfig {
        func env(_ name: String?) -> String? {
            guard let name, let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
                return nil
            }
            return value
        }
        let path = configPath ?? ConfigFile.defaultPath(environment: environment)
        let loaded = try ConfigFile.loadChecking(path: path)
        let file = loaded?.0
        let section = file?.llm

        let provider: ProviderID
        if let explicit = overrides.provider {
            provider = explicit
        } else if let name = env("POKERFACE_PROVIDER") ?? section?.provider {
            guard let parsed = ProviderID(name: name) else { throw .unknownProvider(name) }
            provider = parsed
        } else {
            provider = .offline
        }
        // Keys that others can read block only what needs a key (offline and local play go on).
        if let looseMode = loaded?.looseMode, provider.requiresKey {
            throw .insecurePermissions(path: path, mode: looseMode)
        }
        let settings = file?.settings(for: provider)
        let sectionIsForProvider = section?.provider.flatMap(ProviderID.init(name:)) == provider
        let model = overrides.model ?? env("POKERFACE_MODEL") ?? settings?.model
            ?? (sectionIsForProvider ? section?.model : nil)
        let fastModel = overrides.fastModel ?? env("POKERFACE_FAST_MODEL") ?? settings?.fastModel
            ?? (sectionIsForProvider ? section?.fastModel : nil) ?? provider.defaultFastModel
        let baseURL = overrides.baseURL ?? env(provider.baseURLVariable) ?? settings?.baseURL
        let key = overrides.apiKey ?? env(provider.keyVariable).flatMap(APIKey.init) ?? settings?.apiKey.flatMap(APIKey.init)
        let pricing = overrides.pricingFile ?? env("POKERFACE_PRICING_FILE") ?? section?.pricingFile
        return LLMConfig(
            provider: provider, model: model, fastModel: fastModel, baseURL: baseURL, apiKey: key,
            extraHeaders: settings?.headers ?? [:], reasoningEffort: settings?.reasoningEffort,
            pricingFile: pricing.map { ($0 as NSString).expandingTildeInPath })
    }
}
