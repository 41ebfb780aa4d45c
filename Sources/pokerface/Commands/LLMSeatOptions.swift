import ArgumentParser
import Foundation
import LLMClient
import PokerAI
import PokerGame
import PokerStore

/// `--provider`, `--model`, `--base-url`, `--decision-timeout` for commands that play.
struct LLMSeatOptions: ParsableArguments {
    @Option(help: ArgumentHelp("LLM for every AI seat: openai, anthropic, gemini, groq, deepseek, mistral, xai, openrouter, ollama, local, offline (default: offline bots).",
                               valueName: "name"))
    var provider: String?
    @Option(help: "Model name for the provider (default: the provider's default).") var model: String?
    @Option(help: "Base URL for OpenAI-compatible providers (also OPENAI_BASE_URL).") var baseURL: String?
    @Option(help: "Seconds an AI may think before its offline fallback decides.") var decisionTimeout: Double = NewGameOptions.defaultDecisionTimeout

    /// A timeout that cannot be waited for or saved (`1e308`, `nan`) is refused up front.
    func validate() throws { try PlayArguments.checkDecisionTimeout(decisionTimeout) }

    /// The LLM configuration for AI seats, or nil for offline bots: from the flags, then
    /// `POKERFACE_PROVIDER` / the config file (see docs/llm.md).
    func resolvedConfig() throws -> LLMConfig? {
        var id: ProviderID?
        if let provider {
            guard let parsed = ProviderID(name: provider) else {
                throw CLIError("unknown provider '\(provider)' (use openai, anthropic, gemini, groq, deepseek, mistral, xai, openrouter, ollama, local or offline)")
            }
            id = parsed
        }
        let config: LLMConfig
        do {
            config = try LLMConfig.resolve(LLMOverrides(provider: id, model: model, baseURL: baseURL))
        } catch {
            throw CLIError(String(describing: error))
        }
        return config.provider == .offline ? nil : config
    }

    /// Refuses an LLM provider that needs a key and has none, with the line that fixes it (rather
    /// than starting a game whose every AI decision fails and falls back).
    func requireKey(_ config: LLMConfig?) throws {
        guard let problem = Self.missingKey(config) else { return }
        throw CLIError(problem)
    }

    /// What is missing for `config` to make calls, as the sentence that fixes it; nil when nothing is.
    static func missingKey(_ config: LLMConfig?) -> String? {
        guard let config, config.provider.requiresKey, config.apiKey == nil else { return nil }
        let name = config.provider.rawValue
        let variable = config.provider.keyVariable ?? "the provider's key variable"
        return "\(name) needs an API key: export \(variable)=… (or add \"\(name)\": { \"api_key\": … } under llm.providers "
            + "in ~/.config/pokerface/config.json), or leave out --provider to play offline bots"
    }

    /// A controller for every AI seat of `state`: offline bots, or LLM players with offline fallback.
    func controllers(for state: GameState, game: GameID?) async throws -> [Int: any PlayerController] {
        guard let config = try resolvedConfig() else { return Controllers.offline(for: state) }
        return LLMSeats.controllers(for: state, config: config, game: game)
    }
}
