import Foundation
import LLMClient
import Testing

/// A key that must never show up anywhere but the request headers.
let sentinelKey = "sk-SENTINEL-test-key-do-not-leak-0123456789"

/// A unique scenario name per test.
func scenarioName(_ label: String = "t") -> String { label + "-" + UUID().uuidString.prefix(8).lowercased() }

/// The decision schema used across tests (mirrors what PokerAI asks for).
let decisionSchema = ResponseSchema(name: "decision", schema: [
    "type": "object",
    "additionalProperties": false,
    "required": ["action", "raise_to", "inner_monologue"],
    "properties": [
        "action": ["type": "string", "enum": ["fold", "check", "call", "raise", "all_in"]],
        "raise_to": ["type": "integer", "minimum": 0, "maximum": 10000],
        "inner_monologue": ["type": "string", "maxLength": 80],
    ],
])

func decisionRequest(timeout: Duration = .seconds(5), maxTokens: Int = 128, schema: Bool = true) -> ChatRequest {
    ChatRequest(messages: [.system("You are a poker player. Answer in JSON."), .user("You hold A♠ K♦. Call 20 to win 60?")],
                callType: .decision, maxTokens: maxTokens, temperature: 0.2,
                responseSchema: schema ? decisionSchema : nil, timeout: timeout, tags: ["test": "yes"])
}

/// A configuration pointing a provider at a fake scenario, with the sentinel key.
func fakeConfig(_ provider: ProviderID, baseURL: String, model: String? = nil) -> LLMConfig {
    LLMConfig(provider: provider, model: model, baseURL: baseURL, apiKey: APIKey(sentinelKey), connectTimeout: .seconds(2))
}

/// Short retries for tests (on a test clock the waits take no real time; on the system clock they stay short).
let quickRetries = RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(50), maxDelay: .milliseconds(200))

/// Asserts that no error text or record holds the sentinel key.
func expectNoLeak(_ sink: InMemoryUsageSink, _ error: LLMError? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
    for record in sink.records {
        let text = String(describing: record) + (String(data: (try? JSONEncoder().encode(record)) ?? Data(), encoding: .utf8) ?? "")
        #expect(!text.contains("SENTINEL"), "a usage record leaked the key", sourceLocation: sourceLocation)
    }
    if let error {
        #expect(!error.userMessage.contains("SENTINEL"), sourceLocation: sourceLocation)
        #expect(!String(describing: error).contains("SENTINEL"), sourceLocation: sourceLocation)
    }
}

/// Runs `body` and returns its outcome as a value.
func outcome<T: Sendable>(_ body: () async throws(LLMError) -> T) async -> Result<T, LLMError> {
    do { return .success(try await body()) } catch { return .failure(error) }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
