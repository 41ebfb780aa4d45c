import Foundation

/// Prices of one model, USD per million tokens.
public struct ModelPrice: Sendable, Codable, Hashable {
    /// The provider (`openai`, `groq`…).
    public var provider: String
    /// The model name as the provider spells it.
    public var model: String
    /// Uncached input.
    public var input: Double
    /// Cached input; nil bills cached tokens at `input`.
    public var cachedInput: Double?
    /// Output.
    public var output: Double
    /// Reasoning; nil bills reasoning tokens at `output` (what every provider does).
    public var reasoning: Double?

    enum CodingKeys: String, CodingKey {
        case provider, model, input, output, reasoning
        case cachedInput = "cached_input"
    }

    /// Creates a price.
    public init(provider: String, model: String, input: Double, cachedInput: Double? = nil, output: Double,
                reasoning: Double? = nil) {
        self.provider = provider
        self.model = model
        self.input = input
        self.cachedInput = cachedInput
        self.output = output
        self.reasoning = reasoning
    }

    /// USD for these token counts.
    public func cost(of usage: TokenUsage) -> Double {
        let cached = min(usage.cached, usage.input)
        let uncached = usage.input - cached
        let total = Double(uncached) * input + Double(cached) * (cachedInput ?? input)
            + Double(usage.output) * output + Double(usage.reasoning) * (reasoning ?? output)
        return total / 1_000_000
    }
}

/// Why a pricing file could not be used.
public enum PricingError: Error, Sendable, Equatable {
    /// The file could not be read.
    case unreadable(path: String)
    /// The file is not the expected JSON; the detail names the problem.
    case invalid(path: String, detail: String)

    /// One sentence for the user.
    public var userMessage: String {
        switch self {
        case .unreadable(let path): "The pricing file \(path) could not be read."
        case .invalid(let path, let detail): "The pricing file \(path) is not valid: \(detail)."
        }
    }
}

/// Model prices with a date. Lookups never guess: an unknown model has no price.
public struct PricingTable: Sendable, Hashable {
    /// The date the prices were read (`YYYY-MM-DD`).
    public var asOf: String
    /// Prices by "provider/model".
    public private(set) var prices: [String: ModelPrice]
    /// Providers whose every model is free (local servers).
    public var freeProviders: Set<String>

    struct File: Codable {
        var asOf: String?
        var freeProviders: [String]?
        var models: [ModelPrice]
        enum CodingKeys: String, CodingKey {
            case models
            case asOf = "as_of"
            case freeProviders = "free_providers"
        }
    }

    /// The table shipped with the program.
    public static let shipped: PricingTable = {
        (try? PricingTable(json: Data(DefaultPricing.json.utf8))) ?? PricingTable(asOf: "unknown", prices: [], freeProviders: [])
    }()

    /// Creates a table from prices.
    public init(asOf: String, prices: [ModelPrice], freeProviders: Set<String>) {
        self.asOf = asOf
        self.prices = Dictionary(prices.map { (Self.key($0.provider, $0.model), $0) }, uniquingKeysWith: { _, b in b })
        self.freeProviders = freeProviders
    }

    /// Parses the JSON format of `DefaultPricing.json`.
    public init(json: Data) throws {
        let file = try JSONDecoder().decode(File.self, from: json)
        self.init(asOf: file.asOf ?? "unknown", prices: file.models, freeProviders: Set(file.freeProviders ?? []))
    }

    /// This table with a user's file laid over it: its entries replace ours by provider and model.
    public func overridden(byFileAt path: String) throws(PricingError) -> PricingTable {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        let other: PricingTable
        do { other = try PricingTable(json: data) } catch {
            throw .invalid(path: path, detail: Self.describe(error))
        }
        var merged = self
        for (key, price) in other.prices { merged.prices[key] = price }
        merged.freeProviders.formUnion(other.freeProviders)
        if other.asOf != "unknown" { merged.asOf = other.asOf }
        return merged
    }

    /// The price of a model. Tries the exact name, then the name without a trailing date snapshot
    /// (`gpt-5-mini-2025-08-07`, `claude-haiku-4-5-20251001`), which providers bill as the alias.
    public func price(provider: ProviderID, model: String) -> ModelPrice? {
        if let exact = prices[Self.key(provider.rawValue, model)] { return exact }
        let base = model.replacing(/-(\d{4}-\d{2}-\d{2}|\d{8})$/, with: "")
        return base == model ? nil : prices[Self.key(provider.rawValue, base)]
    }

    /// USD for a call, or nil when the model has no known price. Free providers cost 0.
    public func cost(provider: ProviderID, model: String, usage: TokenUsage) -> Double? {
        if freeProviders.contains(provider.rawValue) { return 0 }
        return price(provider: provider, model: model)?.cost(of: usage)
    }

    private static func key(_ provider: String, _ model: String) -> String { provider + "/" + model }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing field \(key.stringValue)"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: "not JSON"
        }
    }
}
