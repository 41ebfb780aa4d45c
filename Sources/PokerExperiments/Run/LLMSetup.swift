import Foundation
import LLMClient

/// How LLM seats reach their providers: configuration resolution and the HTTP transport.
public struct LLMSetup: Sendable {
    /// Resolves a seat's provider, model and base URL into a configuration (keys from the
    /// environment and the config file by default).
    public var resolve: @Sendable (ProviderID, String?, String?) throws -> LLMConfig
    /// The transport every LLM call goes through.
    public var transport: any HTTPTransport
    /// Retries of a failed call.
    public var retryPolicy: RetryPolicy

    /// Creates a setup.
    public init(resolve: @escaping @Sendable (ProviderID, String?, String?) throws -> LLMConfig,
                transport: any HTTPTransport = CurlTransport.shared, retryPolicy: RetryPolicy = .standard) {
        self.resolve = resolve
        self.transport = transport
        self.retryPolicy = retryPolicy
    }

    /// `LLMConfig.resolve` with the process environment and the user's config file.
    public static let standard = LLMSetup { provider, model, baseURL in
        try LLMConfig.resolve(LLMOverrides(provider: provider, model: model, baseURL: baseURL))
    }
}

/// The LLM configuration of every distinct LLM seat of an experiment, resolved before any game starts.
struct SeatConfigs: Sendable {
    let configs: [String: LLMConfig]

    static func key(_ seat: SeatSpec) -> String { [seat.provider, seat.model ?? "", seat.baseURL ?? ""].joined(separator: "|") }

    /// Resolves each LLM seat of each variant once; a seat that cannot call its provider fails here.
    init(plan: ExperimentPlan, setup: LLMSetup) throws(ExperimentError) {
        var configs: [String: LLMConfig] = [:]
        for variant in plan.spec.allVariants.indices {
            let settings = plan.spec.settings(forVariant: variant)
            for (entrant, seat) in settings.seats.enumerated() where seat.isLLM && configs[Self.key(seat)] == nil {
                let field = "seats[\(entrant)] of variant '\(settings.label)'"
                guard let provider = ProviderID(name: seat.provider) else {
                    throw .llmConfig(field: field, reason: "unknown provider '\(seat.provider)'")
                }
                let config: LLMConfig
                do { config = try setup.resolve(provider, seat.model, seat.baseURL) } catch {
                    throw .llmConfig(field: field, reason: String(describing: error))
                }
                if provider.requiresKey && config.apiKey == nil {
                    throw .llmConfig(field: field, reason: "no API key (set \(provider.keyVariable ?? "its key") or add it to the config file)")
                }
                configs[Self.key(seat)] = config
            }
        }
        self.configs = configs
    }

    var usesLLM: Bool { !configs.isEmpty }

    /// The rate limiter for the spec's limits.
    static func limiter(_ spec: ExperimentSpec) -> RateLimiter {
        var limits: [ProviderID: RateLimit] = [:]
        for (name, limit) in spec.rateLimits {
            guard let provider = ProviderID(name: name) else { continue }
            limits[provider] = RateLimit(requestsPerMinute: limit.requestsPerMinute, tokensPerMinute: limit.tokensPerMinute,
                                         burstSeconds: limit.burstSeconds ?? 5)
        }
        return RateLimiter(limits: limits)
    }
}
