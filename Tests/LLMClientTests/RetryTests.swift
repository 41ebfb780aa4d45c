import Foundation
import LLMClient
import PokerTestSupport
import Testing

/// The end-to-end layer: the real curl transport against the python fake server. The client's own
/// waits (backoff, Retry-After) run on a test clock that jumps instead of waiting, and what they
/// waited is read from that clock; only curl's own timeouts take real time.
@Suite("Failures, retries and deadlines against a hostile server")
struct RetryTests {
    let server: FakeLLMServer
    let sink = InMemoryUsageSink()
    let clock = ManualClock()
    let client: LLMClient

    init() async throws {
        server = try await FakeLLMServer.shared()
        client = LLMClient(usageSink: sink, retryPolicy: quickRetries,
                           circuitBreaker: CircuitBreakerPolicy(failureThreshold: 50), clock: clock)
    }

    func run(_ steps: [JSONValue], provider: ProviderID = .openai, timeout: Duration = .seconds(5), client: LLMClient? = nil)
        async throws -> (Result<ChatResponse, LLMError>, Int) {
        let name = scenarioName()
        let base = try await server.script(name, steps, gemini: provider == .gemini)
        let config = fakeConfig(provider, baseURL: base)
        let client = client ?? self.client
        let result = await outcome { () async throws(LLMError) in
            try await client.complete(decisionRequest(timeout: timeout), config: config)
        }
        return (result, try await server.requests(name).count)
    }

    @Test("429 with Retry-After: waits that long, then succeeds; two attempts, two records",
          arguments: [ProviderID.openai, .anthropic, .gemini])
    func rateLimitThenSuccess(provider: ProviderID) async throws {
        let (result, hits) = try await run([["status": 429, "headers": ["Retry-After": "1"]], [:]], provider: provider)
        let response = try result.get()
        #expect(response.attempts == 2 && hits == 2)
        let waits = clock.sleeps
        #expect(waits.count == 1 && waits[0] >= .seconds(1) && waits[0] <= .milliseconds(1100), "\(waits)")
        #expect(sink.records.map(\.status) == [.error, .ok])
        #expect(sink.records.first?.errorKind == .rateLimit && sink.records.first?.httpStatus == 429)
        #expect(Set(sink.records.map(\.callID)).count == 1 && sink.records.map(\.attempt) == [1, 2])
        expectNoLeak(sink)
    }

    @Test("Gemini's retryDelay in the 429 body is honoured like Retry-After")
    func geminiRetryDelay() async throws {
        let body = #"{"error": {"code": 429, "status": "RESOURCE_EXHAUSTED", "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "1s"}]}}"#
        let (result, hits) = try await run([["status": 429, "body": .string(body)], [:]], provider: .gemini)
        #expect(try result.get().attempts == 2 && hits == 2)
        #expect(clock.sleeps.count == 1 && clock.sleeps[0] >= .seconds(1), "\(clock.sleeps)")
    }

    @Test("A Retry-After beyond the deadline fails at once with the wait in the error")
    func rateLimitPastDeadline() async throws {
        let (result, hits) = try await run([["status": 429, "headers": ["Retry-After": "30"]]], timeout: .seconds(3))
        #expect(result.failure == .rateLimited(provider: .openai, retryAfter: .seconds(30)))
        #expect(clock.sleeps.isEmpty, "it did not wait: \(clock.sleeps)")
        #expect(hits == 1 && sink.records.count == 1)
    }

    @Test("500 then success: retried with backoff", arguments: [ProviderID.openai, .anthropic, .gemini])
    func serverErrorThenSuccess(provider: ProviderID) async throws {
        let (result, hits) = try await run([["status": 500], [:]], provider: provider)
        #expect(try result.get().attempts == 2 && hits == 2)
        #expect(sink.records.map(\.errorKind) == [.serverError, nil])
        #expect(clock.sleeps.count == 1 && clock.sleeps[0] >= .milliseconds(25) && clock.sleeps[0] <= .milliseconds(50))
    }

    @Test("500 every time: gives up after maxAttempts with the provider's message")
    func serverErrorForever() async throws {
        let (result, hits) = try await run([["status": 503]])
        guard case .serverError(_, 503, let message) = result.failure else {
            Issue.record("expected serverError, got \(result)"); return
        }
        #expect(message == "scripted failure 503")
        #expect(hits == 4 && sink.records.count == 4 && sink.records.allSatisfy { $0.status == .error })
    }

    @Test("A hang past the deadline ends in curl's timeout: one attempt, one timeout record")
    func hangPastDeadline() async throws {
        let realTime = LLMClient(usageSink: sink, retryPolicy: quickRetries)
        let (result, hits) = try await run([["delay_ms": 60_000]], timeout: .milliseconds(1500), client: realTime)
        #expect(result.failure == .timeout(provider: .openai))
        #expect(hits == 1 && sink.records.count == 1 && sink.records[0].errorKind == .timeout)
    }

    @Test("A truncated body is a broken connection: retried, then fine")
    func truncatedThenSuccess() async throws {
        let (result, hits) = try await run([["truncate": true], [:]])
        #expect(try result.get().attempts == 2 && hits == 2)
        #expect(sink.records.first?.errorKind == .transport)
    }

    @Test("Invalid UTF-8 is a bad response, not retried")
    func invalidUTF8() async throws {
        let bytes = Array(#"{"choices": [{"message": {"content": ""#.utf8) + [0xFF, 0xFE] + Array(#""}}]}"#.utf8)
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let (result, hits) = try await run([["body_hex": .string(hex)]])
        #expect(result.failure == .badResponse(provider: .openai, reason: .invalidUTF8))
        #expect(hits == 1 && sink.records.count == 1 && sink.records[0].errorKind == .badResponse)
    }

    @Test("Not-JSON and content-less 2xx bodies are bad responses")
    func malformed() async throws {
        let (notJSON, _) = try await run([["body": "<html>gateway</html>"]])
        guard case .badResponse(_, .malformedJSON) = notJSON.failure else { Issue.record("\(notJSON)"); return }
        let (empty, _) = try await run([["body": "{\"choices\": []}"]])
        #expect(empty.failure == .badResponse(provider: .openai, reason: .missingContent))
    }

    @Test("A huge body is cut off at the size limit; a large legal one is fine")
    func hugeBody() async throws {
        let (tooBig, hits) = try await run([["huge_bytes": 12_000_000]])
        #expect(tooBig.failure == .badResponse(provider: .openai, reason: .tooLarge(limit: 8 << 20)))
        #expect(hits == 1)
        let (large, _) = try await run([["huge_bytes": 2_000_000]])
        #expect(try large.get().text.utf8.count == 2_000_000)
    }

    @Test("401 is an auth error, never retried, and no key leaks even when the server echoes it",
          arguments: [ProviderID.openai, .anthropic, .gemini])
    func authNoLeak(provider: ProviderID) async throws {
        let (result, hits) = try await run([["status": 401, "echo_auth": true]], provider: provider)
        #expect(result.failure == .auth(provider: provider, status: 401))
        #expect(hits == 1)
        expectNoLeak(sink, result.failure)
    }

    @Test("Echoed keys in 4xx and 5xx messages are redacted")
    func redactedMessages() async throws {
        let (bad, _) = try await run([["status": 400, "echo_auth": true]])
        guard case .invalidRequest(_, 400, let message) = bad.failure else { Issue.record("\(bad)"); return }
        #expect(message?.contains("[redacted]") == true)
        let (down, _) = try await run([["status": 500, "echo_auth": true]])
        expectNoLeak(sink, bad.failure)
        expectNoLeak(sink, down.failure)
        #expect(sink.records.count == 5)
    }

    @Test("A key echoed inside a successful (200) answer is redacted before anyone reads the text",
          arguments: [ProviderID.openai, .anthropic, .gemini])
    func redactedSuccessfulAnswer(provider: ProviderID) async throws {
        let echo = "{\"action\": \"call\", \"raise_to\": 0, \"inner_monologue\": \"my key is \(sentinelKey), "
            + "and sk-proj-someoneelse0123456789\"}"
        let (result, _) = try await run([["content": .string(echo)]], provider: provider)
        let text = try result.get().text
        #expect(!text.contains("SENTINEL") && !text.contains("someoneelse"), "\(text)")
        #expect(text.contains("my key is [redacted]"), "\(text)")
        expectNoLeak(sink)
    }

    @Test("A refused connection is retried, then reported as a transport error")
    func connectionRefused() async throws {
        let config = fakeConfig(.openai, baseURL: "http://127.0.0.1:9/v1")
        let result = await outcome { () async throws(LLMError) in
            try await client.complete(decisionRequest(timeout: .seconds(3)), config: config)
        }
        guard case .transport(_, .connectionFailed) = result.failure else { Issue.record("\(result)"); return }
        #expect(sink.records.count == 4 && sink.records.allSatisfy { $0.errorKind == .transport })
    }

    @Test("Cancelling the caller aborts the transfer at once")
    func cancellation() async throws {
        let name = scenarioName("cancel")
        let base = try await server.script(name, [["delay_ms": 60_000]])
        let config = fakeConfig(.openai, baseURL: base)
        let client = LLMClient(usageSink: sink, retryPolicy: quickRetries)
        let task = Task { () async throws(LLMError) -> ChatResponse in
            try await client.complete(decisionRequest(timeout: .seconds(120)), config: config)
        }
        try await server.waitForRequests(name, count: 1)
        task.cancel()
        // Were the transfer not aborted, the answer would come after a minute and not be `.cancelled`.
        let result = await task.result
        #expect((result.failure as? LLMError) == .cancelled)
        #expect(sink.records.count == 1 && sink.records[0].errorKind == .cancelled)
    }

    @Test("After repeated server failures the breaker opens: calls fail at once without a request, then a trial closes it")
    func circuitBreaker() async throws {
        let name = scenarioName("breaker")
        let base = try await server.script(name, [["status": 500]])
        let clock = ManualClock(autoAdvance: false)
        let guarded = LLMClient(usageSink: sink, retryPolicy: .none,
                                circuitBreaker: CircuitBreakerPolicy(failureThreshold: 2, cooldown: .seconds(30)), clock: clock)
        let config = fakeConfig(.openai, baseURL: base)
        for _ in 0..<2 {
            await #expect(throws: LLMError.serverError(provider: .openai, status: 500, message: "scripted failure 500")) {
                try await guarded.complete(decisionRequest(), config: config)
            }
        }
        let open = await outcome { () async throws(LLMError) in try await guarded.complete(decisionRequest(), config: config) }
        #expect(open.failure == .circuitOpen(provider: .openai, retryAfter: .seconds(30)))
        #expect(try await server.requests(name).count == 2, "an open breaker sends nothing")
        #expect(sink.records.map(\.errorKind) == [.serverError, .serverError, .circuitOpen])
        _ = try await server.script(name, [[:]])
        clock.advance(by: .seconds(29))
        let stillOpen = await outcome { () async throws(LLMError) in try await guarded.complete(decisionRequest(), config: config) }
        #expect(stillOpen.failure == .circuitOpen(provider: .openai, retryAfter: .seconds(1)))
        clock.advance(by: .seconds(1))
        #expect(try await guarded.complete(decisionRequest(), config: config).attempts == 1, "the trial call succeeds")
        #expect(try await guarded.complete(decisionRequest(), config: config).attempts == 1, "and the breaker is closed")
        #expect(clock.sleeps.isEmpty)
    }

    @Test("Missing key and the offline provider fail before any request, with one record")
    func notConfigured() async throws {
        let noKey = LLMConfig(provider: .anthropic, baseURL: server.root + "/v1")
        await #expect(throws: LLMError.self) { try await client.complete(decisionRequest(), config: noKey) }
        let offline = LLMConfig(provider: .offline)
        await #expect(throws: LLMError.self) { try await client.complete(decisionRequest(), config: offline) }
        #expect(sink.records.map(\.errorKind) == [.notConfigured, .notConfigured])
        #expect(LLMError.notConfigured(provider: .anthropic, reason: "x").userMessage.hasSuffix("."))
    }
}
