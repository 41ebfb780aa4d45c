import Foundation
import LLMClient
import Testing

@Suite("Pricing table")
struct PricingTests {
    let table = PricingTable.shipped

    @Test("The shipped table parses, is dated, and prices every provider's default models")
    func shipped() {
        #expect(table.asOf.count == 10 && table.prices.count > 30)
        for provider in ProviderID.allCases where ![.offline, .local, .ollama].contains(provider) {
            for model in [provider.defaultModel, provider.defaultFastModel].compactMap({ $0 }) {
                #expect(table.price(provider: provider, model: model) != nil, "\(provider)/\(model) has no price")
            }
        }
    }

    @Test("Cost: uncached, cached and output tokens at their prices; reasoning at the output price")
    func arithmetic() throws {
        let price = try #require(table.price(provider: .openai, model: "gpt-5.4-mini"))
        let usage = TokenUsage(input: 1_000_000, output: 1_000_000, cached: 500_000, reasoning: 1_000_000)
        #expect(abs(price.cost(of: usage) - (0.5 * 0.75 + 0.5 * 0.075 + 4.5 + 4.5)) < 1e-9)
    }

    @Test("Dated snapshots resolve to the alias; unknown models have no cost; local servers are free")
    func lookups() {
        #expect(table.price(provider: .openai, model: "gpt-5-mini-2025-08-07") != nil)
        #expect(table.price(provider: .anthropic, model: "claude-haiku-4-5-20251001") != nil)
        #expect(table.cost(provider: .openai, model: "gpt-unknown", usage: TokenUsage(input: 10)) == nil)
        #expect(table.cost(provider: .groq, model: "gpt-5.4-mini", usage: TokenUsage(input: 10)) == nil, "prices are per provider")
        #expect(table.cost(provider: .local, model: "anything", usage: TokenUsage(input: 10)) == 0)
        #expect(table.cost(provider: .ollama, model: "llama3.2", usage: TokenUsage(input: 10)) == 0)
    }

    @Test("A user file overrides and extends the table")
    func override() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pricing-\(UUID()).json").path
        try #"{"as_of": "2027-01-01", "models": [{"provider": "openai", "model": "gpt-5.4-mini", "input": 1, "output": 2}, {"provider": "openai", "model": "my-finetune", "input": 3, "output": 4}]}"#
            .write(toFile: path, atomically: true, encoding: .utf8)
        let merged = try table.overridden(byFileAt: path)
        #expect(merged.asOf == "2027-01-01")
        #expect(merged.price(provider: .openai, model: "gpt-5.4-mini")?.input == 1)
        #expect(merged.price(provider: .openai, model: "my-finetune")?.output == 4)
        #expect(merged.price(provider: .anthropic, model: "claude-haiku-4-5") != nil)
        #expect(throws: PricingError.unreadable(path: "/nonexistent.json")) { try table.overridden(byFileAt: "/nonexistent.json") }
    }
}
