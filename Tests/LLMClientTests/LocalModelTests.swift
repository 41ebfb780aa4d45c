import Foundation
import LLMClient
import Testing

/// The local model's base URL (`make local-llm` prints it), or nil to skip.
let localModelURL = ProcessInfo.processInfo.environment["POKERFACE_LOCAL_LLM_URL"].flatMap { $0.isEmpty ? nil : $0 }

/// GBNF for the decision (shared/docs/TOOLCHAIN.md §6): `raise_to` is 0 unless the action is a raise.
let decisionGrammar = #"""
root ::= "{\"action\": " ( passive ", \"raise_to\": 0" | "\"raise\", \"raise_to\": " amount ) ", \"inner_monologue\": " str "}"
passive ::= "\"fold\"" | "\"check\"" | "\"call\""
amount ::= [1-9] [0-9]{1,3}
str ::= "\"" [a-zA-Z0-9 ,.'!?-]{1,60} "\""
"""#

@Suite("Real local model (llama.cpp + Gemma 3 270M; set POKERFACE_LOCAL_LLM_URL after `make local-llm`)",
       .enabled(if: localModelURL != nil, "POKERFACE_LOCAL_LLM_URL is not set: run `make local-llm` first"),
       .serialized)
struct LocalModelTests {
    // Generous deadlines (60 s): this checks format and plumbing; on a 2-core machine shared with builds a 270M
    // model can slow from ~1 s to 15 s per decision. The measured latency is printed.
    let config = LLMConfig(provider: .local, baseURL: localModelURL ?? "http://127.0.0.1:18083/v1")

    /// Checks the decision fields: known action, integer raise_to consistent with it, a monologue string.
    func isValidDecision(_ text: String) -> Bool {
        guard let json = try? JSONValue.parse(text), let action = json["action"]?.stringValue,
              let raiseTo = json["raise_to"]?.intValue, json["inner_monologue"]?.stringValue != nil,
              ["fold", "check", "call", "raise", "all_in"].contains(action) else { return false }
        return action == "raise" ? raiseTo > 0 : raiseTo >= 0
    }

    func prompt(_ i: Int) -> [ChatMessage] {
        let hands = ["A♠ K♦", "7♣ 2♦", "Q♥ Q♣", "J♠ T♠", "9♦ 9♠"]
        return [.system("You are a poker player. Answer with one JSON object only."),
                .user("Blinds 10/20. You hold \(hands[i % hands.count]). Pot \(60 + 10 * i), \(20 + i) to call, "
                      + "stack 1500. Legal: fold, call, raise to 80-1500. Decide.")]
    }

    @Test("20 grammar-constrained decisions: all schema-valid JSON, latency measured")
    func grammarDecisions() async throws {
        let sink = InMemoryUsageSink()
        let client = LLMClient(usageSink: sink)
        var latencies: [Double] = []
        var tokens = 0
        for i in 0..<20 {
            let request = ChatRequest(
                messages: prompt(i), callType: .decision, maxTokens: 120, temperature: 0.7,
                responseSchema: ResponseSchema(name: "decision", schema: decisionSchema.schema, grammar: decisionGrammar),
                timeout: .seconds(60))
            let response = try await client.complete(request, config: config)
            #expect(isValidDecision(response.text), "not a valid decision: \(response.text)")
            latencies.append(Double(response.latency.components.attoseconds) / 1e15 + Double(response.latency.components.seconds) * 1000)
            tokens += response.usage.output
        }
        let total = latencies.reduce(0, +)
        let sorted = latencies.sorted()
        print("local model, grammar: 20 decisions, mean \(Int(total / 20)) ms, p50 \(Int(sorted[10])) ms, "
              + "max \(Int(sorted[19])) ms, \(String(format: "%.1f", Double(tokens) / (total / 1000))) output tokens/s")
        #expect(sink.records.count == 20 && sink.records.allSatisfy { $0.status == .ok && $0.costUSD == 0 })
    }

    @Test("5 json_schema-constrained decisions (the portable form) are valid JSON too")
    func schemaDecisions() async throws {
        let client = LLMClient()
        for i in 0..<5 {
            let request = ChatRequest(messages: prompt(i), callType: .decision, maxTokens: 120, temperature: 0.7,
                                      responseSchema: decisionSchema, timeout: .seconds(60))
            let response = try await client.complete(request, config: config)
            #expect(LenientJSON.object(in: response.text)?["action"]?.stringValue != nil, "\(response.text)")
        }
    }

    @Test("Streaming from the local model delivers several pieces")
    func streaming() async throws {
        let log = DeltaLog()
        let request = ChatRequest(messages: prompt(0), callType: .chat, maxTokens: 40,
                                  responseSchema: ResponseSchema(name: "decision", schema: decisionSchema.schema,
                                                                 grammar: decisionGrammar), timeout: .seconds(60))
        let response = try await LLMClient().stream(request, config: config) { log.add($0) }
        #expect(log.pieces.count > 3 && log.pieces.joined() == response.text)
    }
}
