import Foundation
import LLMClient
import Synchronization
import Testing

@Suite(.serialized) struct RateLimiterTests {
    @Test func requestBucketSpacesCallsOnceTheBurstIsSpent() {
        let limiter = RateLimiter(limits: [.openai: RateLimit(requestsPerMinute: 60, burstSeconds: 2)])
        let now = ContinuousClock.now
        #expect(limiter.reserve(.openai, tokens: 0, now: now) == .zero)
        #expect(limiter.reserve(.openai, tokens: 0, now: now) == .zero)
        #expect(limiter.reserve(.openai, tokens: 0, now: now) == .seconds(1))   // third in the same instant: 1 s debt
        #expect(limiter.reserve(.openai, tokens: 0, now: now) == .seconds(2))
        #expect(limiter.reserve(.openai, tokens: 0, now: now + .seconds(10)) == .zero)
        #expect(limiter.reserve(.anthropic, tokens: 0, now: now) == .zero)     // other providers are not limited
    }

    @Test func tokenBucketChargesTheEstimateAndSettlesTheRealUsage() {
        let limiter = RateLimiter(limits: [.groq: RateLimit(tokensPerMinute: 6000, burstSeconds: 1)])   // 100 tokens/s, bucket 100
        let now = ContinuousClock.now
        #expect(limiter.reserve(.groq, tokens: 100, now: now) == .zero)
        #expect(limiter.reserve(.groq, tokens: 50, now: now) == .milliseconds(500))
        limiter.settle(.groq, estimated: 150, actual: 0)   // nothing was used after all
        #expect(limiter.reserve(.groq, tokens: 50, now: now) == .zero)
    }

    @Test func a429PausesEveryCallerOfThatProvider() {
        let limiter = RateLimiter()
        let now = ContinuousClock.now
        limiter.rateLimited(.openai, retryAfter: .seconds(3), now: now)
        #expect(limiter.reserve(.openai, tokens: 10, now: now + .seconds(1)) == .seconds(2))
        #expect(limiter.reserve(.gemini, tokens: 10, now: now) == .zero)
        limiter.rateLimited(.gemini, retryAfter: nil, now: now)   // no Retry-After: 1 s, doubling
        limiter.rateLimited(.gemini, retryAfter: nil, now: now)
        #expect(limiter.reserve(.gemini, tokens: 10, now: now) == .seconds(2))
    }

    /// Against the fake provider: the first call gets 429 with Retry-After 1; a second caller that
    /// starts just after waits for the same second instead of hammering the provider.
    @Test(.timeLimit(.minutes(1))) func aSharedClientWaitsOutOneCallers429() async throws {
        let server = try await FakeProvider.start()
        defer { server.stop() }
        let url = try await server.scenario("ratelimit", steps: [
            ["status": 429, "headers": ["Retry-After": "1"]], ["delay_ms": 0],
        ])
        let client = LLMClient(usageSink: InMemoryUsageSink(),
                               retryPolicy: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(50), maxDelay: .milliseconds(100)),
                               rateLimiter: RateLimiter())
        let config = LLMConfig(provider: .openai, model: "m", baseURL: url, apiKey: APIKey("sk-test"))
        let request = ChatRequest(messages: [.user("hi")], callType: .decision, maxTokens: 16, timeout: .seconds(10))
        let start = ContinuousClock.now
        let first = Task { try await client.complete(request, config: config) }
        try await Task.sleep(for: .milliseconds(200))
        let second = try await client.complete(request, config: config)
        let secondDone = ContinuousClock.now - start
        _ = try await first.value
        #expect(second.attempts == 1, "the second caller was sent into the 429 instead of waiting")
        #expect(secondDone >= .milliseconds(950), "the second caller did not wait for the shared pause")
        #expect(try await server.requestCount("ratelimit") == 3)
    }
}
