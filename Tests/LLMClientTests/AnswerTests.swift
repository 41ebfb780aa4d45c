import Foundation
import LLMClient
import PokerTestSupport
import Testing

@Suite("Answers from each dialect over real HTTP")
struct AnswerTests {
    let server: FakeLLMServer
    let sink = InMemoryUsageSink()
    let client: LLMClient

    init() async throws {
        server = try await FakeLLMServer.shared()
        client = LLMClient(usageSink: sink, retryPolicy: quickRetries)
    }

    @Test("OpenAI dialect: JSON-schema answer, tokens, request id, cost, one record")
    func openAI() async throws {
        let name = scenarioName("openai")
        let base = try await server.script(name, [["usage": ["input": 1000, "output": 200]]])
        let response = try await client.complete(decisionRequest(), config: fakeConfig(.openai, baseURL: base))
        #expect(try JSONValue.parse(response.text)["action"] == "call")
        #expect(response.finishReason == .stop)
        #expect(response.usage == TokenUsage(input: 1000, output: 200))
        #expect(response.requestID?.hasPrefix("req_fake_") == true)
        #expect(response.model == "gpt-5.4-mini" && response.attempts == 1)
        #expect(abs((response.costUSD ?? -1) - (1000 * 0.75 + 200 * 4.5) / 1_000_000) < 1e-12)
        #expect(sink.records.count == 1 && sink.records[0].status == .ok && sink.records[0].tags["test"] == "yes")

        let sent = try #require(try await server.requests(name).first)
        #expect(sent["headers"]?["authorization"] == .string("Bearer " + sentinelKey))
        #expect(sent["body"]?["max_completion_tokens"] == 128)
        #expect(sent["body"]?["response_format"]?["type"] == "json_schema")
        #expect(sent["body"]?["response_format"]?["json_schema"]?["strict"] == true)
        #expect(sent["body"]?["temperature"] == nil, "gpt-5 family models reject temperature")
        expectNoLeak(sink)
    }

    @Test("Other OpenAI-dialect providers send max_tokens; JSON-mode ones put the schema in instructions")
    func openAIVariants() async throws {
        let name = scenarioName("groq")
        let base = try await server.script(name, [[:]])
        _ = try await client.complete(decisionRequest(), config: fakeConfig(.groq, baseURL: base))
        let body = try #require(try await server.requests(name).first?["body"])
        #expect(body["max_tokens"] == 128 && body["temperature"] == 0.2)
        #expect(body["response_format"] == ["type": "json_object"])
        #expect(body["messages"]?[0]?["content"]?.stringValue?.contains("JSON Schema") == true)
    }

    @Test("local llama.cpp: a GBNF grammar replaces the schema when given")
    func localGrammar() async throws {
        let name = scenarioName("local")
        let base = try await server.script(name, [[:]])
        var request = decisionRequest()
        request.responseSchema?.grammar = "root ::= \"{}\""
        let config = LLMConfig(provider: .local, baseURL: base)
        _ = try await client.complete(request, config: config)
        let sent = try #require(try await server.requests(name).first)
        #expect(sent["body"]?["grammar"] == "root ::= \"{}\"" && sent["body"]?["response_format"] == nil)
        #expect(sent["headers"]?["authorization"] == nil)
        #expect(sink.records.first?.costUSD == 0, "local models are free")
    }

    @Test("Anthropic: schema as a forced tool, tool input as text, cache reads counted in input")
    func anthropic() async throws {
        let name = scenarioName("anthropic")
        let base = try await server.script(name, [["usage": ["input": 500, "output": 40, "cached": 300]]])
        let response = try await client.complete(decisionRequest(), config: fakeConfig(.anthropic, baseURL: base,
                                                                                        model: "claude-haiku-4-5"))
        #expect(try JSONValue.parse(response.text)["raise_to"] == 0)
        #expect(response.finishReason == .stop)
        #expect(response.usage == TokenUsage(input: 500, output: 40, cached: 300))
        let expected = (200 * 1.0 + 300 * 0.10 + 40 * 5.0) / 1_000_000
        #expect(abs((response.costUSD ?? -1) - expected) < 1e-12)
        let sent = try #require(try await server.requests(name).first)
        #expect(sent["headers"]?["x-api-key"] == .string(sentinelKey))
        #expect(sent["headers"]?["anthropic-version"] == "2023-06-01")
        #expect(sent["body"]?["tool_choice"] == ["type": "tool", "name": "decision"])
        #expect(sent["body"]?["system"]?.stringValue?.hasPrefix("You are a poker player") == true)
        #expect(sent["body"]?["messages"]?.arrayValue?.count == 1)
        expectNoLeak(sink)
    }

    @Test("Gemini: responseSchema in its OpenAPI subset, key in a header and never in the URL")
    func gemini() async throws {
        let name = scenarioName("gemini")
        let base = try await server.script(name, [["usage": ["input": 80, "output": 30, "reasoning": 10]]], gemini: true)
        let response = try await client.complete(decisionRequest(), config: fakeConfig(.gemini, baseURL: base))
        #expect(try JSONValue.parse(response.text)["action"] == "call")
        #expect(response.usage == TokenUsage(input: 80, output: 30, reasoning: 10))
        #expect(response.requestID?.hasPrefix("resp-fake-") == true)
        let sent = try #require(try await server.requests(name).first)
        #expect(sent["path"] == "/v1beta/models/gemini-2.5-flash:generateContent")
        #expect(sent["headers"]?["x-goog-api-key"] == .string(sentinelKey))
        let config = sent["body"]?["generationConfig"]
        #expect(config?["maxOutputTokens"] == 128 && config?["responseMimeType"] == "application/json")
        #expect(config?["responseSchema"]?["additionalProperties"] == nil)
        #expect(config?["responseSchema"]?["properties"]?["action"]?["enum"]?.arrayValue?.count == 5)
        #expect(sent["body"]?["systemInstruction"] != nil)
    }

    @Test("Code-fenced JSON comes back verbatim; LenientJSON recovers the object")
    func codeFenced() async throws {
        let name = scenarioName("fence")
        let base = try await server.script(name, [["fence": true]])
        let response = try await client.complete(decisionRequest(schema: false), config: fakeConfig(.openai, baseURL: base))
        #expect(response.text.hasPrefix("```json"))
        #expect(LenientJSON.object(in: response.text)?["action"] == "call")
        #expect(sink.records.count == 1)
    }

    @Test("Reasoning and cached tokens are split out and priced once", arguments: [ProviderID.openai, .deepseek])
    func reasoningTokens(provider: ProviderID) async throws {
        let name = scenarioName("reason")
        let base = try await server.script(name, [["usage": ["input": 1000, "output": 100, "cached": 400, "reasoning": 300]]])
        let model = provider == .openai ? "gpt-5-mini" : "deepseek-reasoner"
        let response = try await client.complete(decisionRequest(), config: fakeConfig(provider, baseURL: base, model: model))
        #expect(response.usage == TokenUsage(input: 1000, output: 100, cached: 400, reasoning: 300))
        let price = try #require(PricingTable.shipped.price(provider: provider, model: model))
        #expect(response.costUSD == price.cost(of: response.usage))
    }

    @Test("An unknown model is metered with no cost rather than a guess")
    func unknownModelCost() async throws {
        let base = try await server.script(scenarioName("unknown"), [[:]])
        let response = try await client.complete(decisionRequest(), config: fakeConfig(.openai, baseURL: base, model: "gpt-99"))
        #expect(response.costUSD == nil && sink.records.first?.costUSD == nil)
    }
}
