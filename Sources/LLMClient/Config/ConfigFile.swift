import Foundation

/// The `llm` section of `$XDG_CONFIG_HOME/pokerface/config.json` (default `~/.config/pokerface/config.json`).
///
/// ```json
/// { "llm": {
///     "provider": "anthropic", "model": "claude-haiku-4-5", "fast_model": "claude-haiku-4-5",
///     "pricing_file": "~/.config/pokerface/pricing.json",
///     "providers": {
///       "anthropic": { "api_key": "sk-ant-…" },
///       "openrouter": { "api_key": "sk-or-…", "headers": { "X-Title": "PokerFace" } },
///       "local": { "base_url": "http://127.0.0.1:18083/v1" } } } }
/// ```
/// A file holding any `api_key` must not be readable by group or others (`chmod 600`), or it is refused.
public struct ConfigFile: Sendable, Codable, Equatable {
    /// Settings for one provider.
    public struct ProviderSettings: Sendable, Codable, Equatable {
        public var apiKey: String?
        public var baseURL: String?
        public var model: String?
        public var fastModel: String?
        public var reasoningEffort: String?
        public var headers: [String: String]?

        enum CodingKeys: String, CodingKey {
            case headers, model
            case apiKey = "api_key", baseURL = "base_url", fastModel = "fast_model", reasoningEffort = "reasoning_effort"
        }
    }

    /// The `llm` section.
    public struct Section: Sendable, Codable, Equatable {
        public var provider: String?
        public var model: String?
        public var fastModel: String?
        public var pricingFile: String?
        public var providers: [String: ProviderSettings]?

        enum CodingKeys: String, CodingKey {
            case provider, model, providers
            case fastModel = "fast_model", pricingFile = "pricing_file"
        }
    }

    /// The LLM settings (other sections of the file belong to other parts of PokerFace).
    public var llm: Section?

    /// The default path: `$XDG_CONFIG_HOME/pokerface/config.json`, else `~/.config/pokerface/config.json`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        return base + "/pokerface/config.json"
    }

    /// Loads the file at `path`; a missing file gives nil. Refuses a file with keys that others can read.
    public static func load(path: String) throws(ConfigError) -> ConfigFile? {
        guard let (file, looseMode) = try loadChecking(path: path) else { return nil }
        if let looseMode { throw .insecurePermissions(path: path, mode: looseMode) }
        return file
    }

    /// Loads the file at `path` (nil when missing) with its permission bits when it holds keys
    /// that group or others can read (nil when it is private or holds no key), so that only a
    /// provider that needs a key is refused.
    static func loadChecking(path: String) throws(ConfigError) -> (ConfigFile, looseMode: Int?)? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        let file: ConfigFile
        do { file = try JSONDecoder().decode(ConfigFile.self, from: data) } catch {
            throw .invalid(path: path, detail: "it is not the expected JSON")
        }
        let hasKeys = file.llm?.providers?.values.contains { !($0.apiKey ?? "").isEmpty } ?? false
        var looseMode: Int?
        if hasKeys {
            var info = stat()
            guard stat(path, &info) == 0 else { throw .unreadable(path: path) }
            let mode = Int(info.st_mode) & 0o777
            if mode & 0o077 != 0 { looseMode = mode }
        }
        for name in file.llm?.providers?.keys.sorted() ?? [] where ProviderID(name: name) == nil {
            throw .unknownProvider(name)
        }
        if let name = file.llm?.provider, ProviderID(name: name) == nil { throw .unknownProvider(name) }
        return (file, looseMode)
    }

    /// The settings for `provider`, if any.
    func settings(for provider: ProviderID) -> ProviderSettings? {
        llm?.providers?.first { ProviderID(name: $0.key) == provider }?.value
    }
}

/// Why the LLM configuration could not be resolved.
public enum ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String)
    case invalid(path: String, detail: String)
    case insecurePermissions(path: String, mode: Int)
    case unknownProvider(String)

    /// One sentence for the user.
    public var userMessage: String {
        switch self {
        case .unreadable(let path):
            "The config file \(path) could not be read."
        case .invalid(let path, let detail):
            "The config file \(path) is not valid: \(detail)."
        case .insecurePermissions(let path, let mode):
            "The config file \(path) holds API keys but others can read it (mode \(Self.octal(mode))); "
                + "run `chmod 600 \(path)` and try again."
        case .unknownProvider(let name):
            "Unknown provider \"\(name)\"; use one of: "
                + ProviderID.allCases.map(\.rawValue).joined(separator: ", ") + "."
        }
    }

    /// The user message (so that `String(describing:)` never shows the raw case).
    public var description: String { userMessage }

    /// A permission mode as `chmod` writes it: 0644.
    static func octal(_ mode: Int) -> String {
        let digits = String(mode & 0o7777, radix: 8)
        return "0" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
