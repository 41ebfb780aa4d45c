import Foundation
import LLMClient
import PokerTestSupport
import Testing

/// The client's timing rules with an in-process scripted transport on a test clock: deadlines,
/// backoff, Retry-After, per-attempt caps, cancellation and streams that stop, checked to the
/// exact instant and without waiting.
@Suite("Deadlines and waits on a test clock")
struct ClockedClientTests {
    let sink = InMemoryUsageSink()
    let clock = ManualClock()
    let config = fakeConfig(.openai, baseURL: "http://scripted.invalid/v1")

    func client(_ steps: [ScriptedTransport.Step], retry: RetryPolicy = quickRetries) -> (LLMClient, ScriptedTransport) {
        let transport = ScriptedTransport(clock: clock, steps: steps)
        return (LLMClient(transport: transport, usageSink: sink, retryPolicy: retry, clock: clock), transport)
    }

    @Test("A transfer that never answers ends in a timeout exactly at the deadline, with one record")
    func stallEndsAtTheDeadline() async throws {
        let (client, transport) = client([.stall])
        let result = await outcome { () async throws(LLMError) in
            try await client.complete(decisionRequest(timeout: .milliseconds(1500)), config: config)
        }
        #expect(result.failure == .timeout(provider: .openai))
        #expect(clock.elapsed == .milliseconds(1500), "the attempt used the whole budget and no more")
        #expect(transport.requests.count == 1 && transport.requests[0].totalTimeout == .milliseconds(1500))
        #expect(sink.records.count == 1 && sink.records[0].errorKind == .timeout && sink.records[0].latencyMs == 1500)
    }

    @Test("Retry-After is waited out on the client's clock before the second attempt")
    func retryAfter() async throws {
        let (client, transport) = client([.status(429, headers: ["retry-after": "2"]), .ok()])
        let response = try await client.complete(decisionRequest(timeout: .seconds(10)), config: config)
        #expect(response.attempts == 2 && transport.requests.count == 2)
        let waits = clock.sleeps
        #expect(waits.count == 1 && waits[0] >= .seconds(2) && waits[0] <= .milliseconds(2200), "\(waits)")
        #expect(response.latency == waits[0], "the call took exactly its wait (the answers are instant)")
    }

    @Test("Backoff between server errors doubles within the policy's jitter and stops at maxAttempts")
    func backoffSchedule() async throws {
        let policy = RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(100), maxDelay: .milliseconds(350))
        let (client, transport) = client([.status(503)], retry: policy)
        let result = await outcome { () async throws(LLMError) in
            try await client.complete(decisionRequest(timeout: .seconds(10)), config: config)
        }
        guard case .serverError(_, 503, _) = result.failure else { Issue.record("\(result)"); return }
        let waits = clock.sleeps
        #expect(transport.requests.count == 4 && waits.count == 3)
        #expect(waits.count == 3 && (50.0...100.0).contains(waits[0] / .milliseconds(1))
                && (100.0...200.0).contains(waits[1] / .milliseconds(1)) && (175.0...350.0).contains(waits[2] / .milliseconds(1)),
                "\(waits)")
    }

    @Test("No retry starts when its backoff would pass the deadline")
    func noRetryPastTheDeadline() async throws {
        let (client, transport) = client([.stall, .ok()])
        let result = await outcome { () async throws(LLMError) in
            try await client.complete(decisionRequest(timeout: .seconds(1)), config: config)
        }
        #expect(result.failure == .timeout(provider: .openai))
        #expect(transport.requests.count == 1 && clock.sleeps == [.seconds(1)])
    }

    @Test("A per-attempt cap cuts a slow first attempt and retries within the deadline")
    func attemptCap() async throws {
        let capped = RetryPolicy(baseDelay: .milliseconds(50), attemptTimeout: .seconds(1))
        let (client, transport) = client([.stall, .ok()], retry: capped)
        let response = try await client.complete(decisionRequest(timeout: .seconds(5)), config: config)
        #expect(response.attempts == 2 && transport.requests.map(\.totalTimeout).first == .seconds(1))
        #expect(sink.records.map(\.errorKind) == [.timeout, nil])
        #expect(clock.sleeps.first == .seconds(1) && response.latency <= .milliseconds(1050), "\(clock.sleeps)")
    }

    @Test("Cancelling the caller while the transport hangs ends the call with one cancelled record")
    func cancellation() async throws {
        let (client, transport) = client([.hang])
        let request = decisionRequest(timeout: .seconds(10))
        let config = self.config
        let task = Task { () async throws(LLMError) -> ChatResponse in try await client.complete(request, config: config) }
        try await transport.waitForRequests(1)
        task.cancel()
        #expect((await task.result.failure as? LLMError) == .cancelled)
        #expect(sink.records.count == 1 && sink.records[0].errorKind == .cancelled)
    }

    @Test("A stream that stops mid-way times out at the deadline with the pieces so far delivered, and is not retried")
    func streamPastDeadline() async throws {
        let (client, transport) = client([.openAIStream(["{\"action\": ", "\"fold\""], then: .stall), .ok()])
        let pieces = DeltaLog()
        let result = await outcome { () async throws(LLMError) in
            try await client.stream(decisionRequest(timeout: .seconds(1)), config: config) { pieces.add($0) }
        }
        #expect(result.failure == .timeout(provider: .openai))
        #expect(pieces.pieces == ["{\"action\": ", "\"fold\""])
        #expect(clock.elapsed == .seconds(1) && transport.requests.count == 1)
    }

    @Test("The breaker's cooldown runs on the client's clock: open, still open a second early, then one trial")
    func breakerCooldown() async throws {
        let clock = ManualClock(autoAdvance: false)
        let transport = ScriptedTransport(clock: clock, steps: [.status(500), .status(500), .ok()])
        let client = LLMClient(transport: transport, usageSink: sink, retryPolicy: .none,
                               circuitBreaker: CircuitBreakerPolicy(failureThreshold: 2, cooldown: .seconds(10)), clock: clock)
        for _ in 0..<2 { _ = await outcome { () async throws(LLMError) in try await client.complete(decisionRequest(), config: config) } }
        clock.advance(by: .seconds(9))
        let early = await outcome { () async throws(LLMError) in try await client.complete(decisionRequest(), config: config) }
        #expect(early.failure == .circuitOpen(provider: .openai, retryAfter: .seconds(1)))
        #expect(transport.requests.count == 2, "an open breaker sends nothing")
        clock.advance(by: .seconds(1))
        #expect(try await client.complete(decisionRequest(), config: config).attempts == 1)
        #expect(transport.requests.count == 3)
    }
}

/// 429 storms: the breaker opens instead of every decision asking again.
@Suite("Rate-limit storms open the breaker")
struct RateLimitStormTests {
    let sink = InMemoryUsageSink()
    let config = fakeConfig(.openai, baseURL: "http://scripted.invalid/v1")

    @Test("A Retry-After longer than the decision can wait opens the breaker at once, for at most the policy's pause")
    func hugeRetryAfter() async throws {
        let clock = ManualClock(autoAdvance: false)
        let transport = ScriptedTransport(clock: clock, steps: [.status(429, headers: ["retry-after": "999999999"]), .ok()])
        let client = LLMClient(transport: transport, usageSink: sink, retryPolicy: quickRetries,
                               circuitBreaker: CircuitBreakerPolicy(longestRateLimitPause: .seconds(60)), clock: clock)
        var failures: [LLMError?] = []
        for _ in 0..<29 {
            let result = await outcome { () async throws(LLMError) in
                try await client.complete(decisionRequest(timeout: .seconds(3)), config: config)
            }
            failures.append(result.failure)
        }
        #expect(transport.requests.count == 1, "one 429, then 28 calls stopped by the open breaker")
        #expect(failures.first == .rateLimited(provider: .openai, retryAfter: .seconds(86_400)))
        #expect(failures.dropFirst().allSatisfy { $0 == .circuitOpen(provider: .openai, retryAfter: .seconds(60)) }, "\(failures)")
        clock.advance(by: .seconds(60))
        #expect(try await client.complete(decisionRequest(timeout: .seconds(3)), config: config).attempts == 1,
                "after the capped pause one trial goes through and closes the breaker")
        #expect(transport.requests.count == 2)
    }

    @Test("A Retry-After the call can wait out is waited out and does not open the breaker")
    func shortRetryAfter() async throws {
        let clock = ManualClock()
        let transport = ScriptedTransport(clock: clock, steps: [.status(429, headers: ["retry-after": "1"]), .ok(), .ok()])
        let client = LLMClient(transport: transport, usageSink: sink, retryPolicy: quickRetries, clock: clock)
        #expect(try await client.complete(decisionRequest(timeout: .seconds(10)), config: config).attempts == 2)
        #expect(try await client.complete(decisionRequest(timeout: .seconds(10)), config: config).attempts == 1)
        #expect(transport.requests.count == 3)
    }

    @Test("Consecutive 429s without Retry-After count against the breaker like server errors")
    func stormWithoutRetryAfter() async throws {
        let clock = ManualClock(autoAdvance: false)
        let transport = ScriptedTransport(clock: clock, steps: [.status(429)])
        let client = LLMClient(transport: transport, usageSink: sink, retryPolicy: .none,
                               circuitBreaker: CircuitBreakerPolicy(failureThreshold: 3, cooldown: .seconds(30)), clock: clock)
        var failures: [LLMError?] = []
        for _ in 0..<10 {
            failures.append(await outcome { () async throws(LLMError) in
                try await client.complete(decisionRequest(), config: config)
            }.failure)
        }
        #expect(transport.requests.count == 3)
        #expect(failures.prefix(3).allSatisfy { $0 == .rateLimited(provider: .openai, retryAfter: nil) })
        #expect(failures.dropFirst(3).allSatisfy { $0 == .circuitOpen(provider: .openai, retryAfter: .seconds(30)) }, "\(failures)")
    }
}
