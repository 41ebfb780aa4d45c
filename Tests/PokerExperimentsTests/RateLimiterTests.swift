import Foundation
import LLMClient
import PokerTestSupport
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

    /// The first call gets 429 with Retry-After 1; a second caller that starts 200 ms later waits
    /// out the rest of that same second instead of hammering the provider. On a test clock: both
    /// waits are seen suspended, and nothing is sent until the clock passes the pause.
    @Test func aSharedClientWaitsOutOneCallers429() async throws {
        let clock = ManualClock(autoAdvance: false)
        let transport = ScriptedTransport(clock: clock, steps: [.status(429, headers: ["retry-after": "1"]), .ok()])
        let client = LLMClient(transport: transport, usageSink: InMemoryUsageSink(),
                               retryPolicy: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(50), maxDelay: .milliseconds(100)),
                               rateLimiter: RateLimiter(), clock: clock)
        let config = LLMConfig(provider: .openai, model: "m", baseURL: "http://scripted.invalid/v1", apiKey: APIKey("sk-test"))
        let request = ChatRequest(messages: [.user("hi")], callType: .decision, maxTokens: 16, timeout: .seconds(10))
        let first = Task { try await client.complete(request, config: config) }
        try await clock.waitForSleepers(1)                 // the first caller waits out its 429
        #expect(transport.requests.count == 1)
        clock.advance(by: .milliseconds(200))
        let second = Task { try await client.complete(request, config: config) }
        try await clock.waitForSleepers(2)                 // the second caller waits too, before sending anything
        #expect(transport.requests.count == 1, "the second caller was sent into the 429 pause")
        #expect(clock.sleeps.last == .milliseconds(800), "it waits for the rest of the shared second: \(clock.sleeps)")
        clock.advance(by: .seconds(2))
        #expect(try await second.value.attempts == 1)
        #expect(try await first.value.attempts == 2)
        #expect(transport.requests.count == 3)
    }
}
