import Foundation
import LLMClient
import Testing

@Suite("Configuration resolution")
struct ConfigTests {
    /// Writes a config file in a fresh temporary directory with the given mode.
    func configFile(_ json: String, mode: Int = 0o600) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pf-config-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/config.json"
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, mode_t(mode))
        return path
    }

    let file = """
    {"llm": {"provider": "anthropic", "model": "claude-sonnet-4-5", "pricing_file": "/tmp/p.json",
             "providers": {"anthropic": {"api_key": "sk-ant-FROMFILE-0123456789"},
                           "groq": {"api_key": "gsk_FROMFILE_0123456789", "model": "llama-3.1-8b-instant"},
                           "openrouter": {"headers": {"X-Title": "PokerFace"}}}}}
    """

    @Test("No provider anywhere means offline")
    func offlineDefault() throws {
        let config = try LLMConfig.resolve(environment: [:], configPath: "/nonexistent/config.json")
        #expect(config.provider == .offline && config.apiKey == nil)
    }

    @Test("The config file supplies provider, model and key")
    func fromFile() throws {
        let config = try LLMConfig.resolve(environment: [:], configPath: try configFile(file))
        #expect(config.provider == .anthropic && config.model == "claude-sonnet-4-5")
        #expect(config.apiKey == APIKey("sk-ant-FROMFILE-0123456789"))
        #expect(config.baseURL == "https://api.anthropic.com/v1" && config.pricingFile == "/tmp/p.json")
    }

    @Test("Environment beats the file; explicit values beat both")
    func precedence() throws {
        let path = try configFile(file)
        let env = ["POKERFACE_PROVIDER": "groq", "GROQ_API_KEY": "gsk_FROMENV_0123456789", "POKERFACE_MODEL": "openai/gpt-oss-20b"]
        let fromEnv = try LLMConfig.resolve(environment: env, configPath: path)
        #expect(fromEnv.provider == .groq && fromEnv.apiKey == APIKey("gsk_FROMENV_0123456789"))
        #expect(fromEnv.model == "openai/gpt-oss-20b" && fromEnv.fastModel == "llama-3.1-8b-instant")
        let explicit = try LLMConfig.resolve(
            LLMOverrides(provider: .openai, model: "gpt-5.4", baseURL: "http://127.0.0.1:1/v1/"),
            environment: env.merging(["OPENAI_API_KEY": "sk-FROMENV-openai-0123"]) { $1 }, configPath: path)
        #expect(explicit.provider == .openai && explicit.model == "gpt-5.4" && explicit.baseURL == "http://127.0.0.1:1/v1")
        #expect(explicit.apiKey == APIKey("sk-FROMENV-openai-0123"))
        #expect(explicit.fastModel == "gpt-5.4-nano", "the file's top-level model belongs to its provider only")
    }

    @Test("Base URLs from the SDK variables; local defaults to the make local-llm server")
    func baseURLs() throws {
        let env = ["OPENAI_BASE_URL": "http://127.0.0.1:8000/v1", "ANTHROPIC_BASE_URL": "https://proxy.example/v1"]
        #expect(try LLMConfig.resolve(LLMOverrides(provider: .openai), environment: env, configPath: "/none").baseURL
            == "http://127.0.0.1:8000/v1")
        #expect(try LLMConfig.resolve(LLMOverrides(provider: .anthropic), environment: env, configPath: "/none").baseURL
            == "https://proxy.example/v1")
        #expect(try LLMConfig.resolve(LLMOverrides(provider: .local), environment: [:], configPath: "/none").baseURL
            == "http://127.0.0.1:18083/v1")
        let router = try LLMConfig.resolve(LLMOverrides(provider: .openrouter), environment: [:], configPath: try configFile(file))
        #expect(router.extraHeaders == ["X-Title": "PokerFace"])
    }

    @Test("A key file readable by others is refused with a chmod hint; without keys it is fine")
    func permissions() throws {
        let loose = try configFile(file, mode: 0o644)
        #expect(throws: ConfigError.insecurePermissions(path: loose, mode: 0o644)) {
            try LLMConfig.resolve(environment: [:], configPath: loose)
        }
        #expect(ConfigError.insecurePermissions(path: loose, mode: 0o644).userMessage.contains("chmod 600"))
        let message = String(describing: ConfigError.insecurePermissions(path: loose, mode: 0o644))
        #expect(message.contains("(mode 0644)") && message.contains("chmod 600 \(loose)") && !message.contains("420"))
        // Offline (and local) play needs no key: the loose file does not block it.
        #expect(try LLMConfig.resolve(LLMOverrides(provider: .offline), environment: [:], configPath: loose).provider == .offline)
        #expect(try LLMConfig.resolve(LLMOverrides(provider: .local), environment: [:], configPath: loose).provider == .local)
        #expect(throws: ConfigError.insecurePermissions(path: loose, mode: 0o644)) {
            try LLMConfig.resolve(LLMOverrides(provider: .openai), environment: [:], configPath: loose)
        }
        let noKeys = try configFile(#"{"llm": {"provider": "local"}}"#, mode: 0o644)
        #expect(try LLMConfig.resolve(environment: [:], configPath: noKeys).provider == .local)
    }

    @Test("Unknown provider names and malformed files are clear errors")
    func badFiles() throws {
        #expect(throws: ConfigError.unknownProvider("skynet")) {
            try LLMConfig.resolve(environment: ["POKERFACE_PROVIDER": "skynet"], configPath: "/none")
        }
        let broken = try configFile("{not json")
        #expect(throws: ConfigError.self) { try LLMConfig.resolve(environment: [:], configPath: broken) }
        #expect(ProviderID(name: "Google") == .gemini && ProviderID(name: "llama.cpp") == .local)
    }

    @Test("Keys never print")
    func keysRedacted() throws {
        let key = try #require(APIKey(sentinelKey))
        let config = LLMConfig(provider: .openai, apiKey: key)
        for text in [String(describing: key), String(reflecting: key), String(describing: config), "\(config)"] {
            #expect(!text.contains("SENTINEL"))
        }
        var dumped = ""
        dump(config, to: &dumped)
        #expect(!dumped.contains("SENTINEL"))
    }

    @Test("Every provider but offline has a dialect, a base URL and two model tiers")
    func providerTable() {
        for provider in ProviderID.allCases where provider != .offline {
            #expect(provider.defaultBaseURL != nil && provider.defaultModel != nil && provider.defaultFastModel != nil)
            #expect(provider.dialect != .none)
        }
    }
}
