import Foundation
@testable import LLMClient
import Testing

@Suite("Small parts: retry timing, SSE parsing, lenient JSON, circuit breaker")
struct UnitTests {
    @Test("Retry-After in seconds, milliseconds and HTTP-date form")
    func retryAfter() {
        #expect(RetryPolicy.retryAfter(in: ["retry-after": "2"]) == .seconds(2))
        #expect(RetryPolicy.retryAfter(in: ["retry-after-ms": "150", "retry-after": "9"]) == .milliseconds(150))
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let later = "Tue, 14 Nov 2023 22:13:30 GMT"   // now + 10 s
        #expect(RetryPolicy.retryAfter(in: ["retry-after": later], now: now) == .seconds(10))
        #expect(RetryPolicy.retryAfter(in: ["retry-after": "soon"]) == nil)
    }

    @Test("Backoff doubles, is jittered into [½, 1] of the step, and is capped")
    func backoff() {
        let policy = RetryPolicy(baseDelay: .milliseconds(100), maxDelay: .milliseconds(350))
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let first = policy.delay(afterAttempt: 1, retryAfter: nil, using: &rng)
            let third = policy.delay(afterAttempt: 3, retryAfter: nil, using: &rng)
            let tenth = policy.delay(afterAttempt: 10, retryAfter: nil, using: &rng)
            #expect(first >= .milliseconds(50) && first <= .milliseconds(100))
            #expect(third >= .milliseconds(175) && third <= .milliseconds(350))
            #expect(tenth <= .milliseconds(350))
            let told = policy.delay(afterAttempt: 1, retryAfter: .seconds(2), using: &rng)
            #expect(told >= .seconds(2) && told <= .milliseconds(2200))
        }
    }

    @Test("SSE events split across arbitrary chunk boundaries come out whole")
    func sse() {
        let stream = "event: a\r\ndata: {\"x\":1}\r\n\r\n: keep-alive\n\ndata: line1\ndata: line2\n\ndata: [DONE]"
        let bytes = Array(stream.utf8)
        for size in [1, 3, 7, bytes.count] {
            var parser = SSEParser()
            var events: [SSEEvent] = []
            var index = 0
            while index < bytes.count {
                events += parser.feed(Data(bytes[index..<min(index + size, bytes.count)]))
                index += size
            }
            events += parser.finish()
            #expect(events == [SSEEvent(event: "a", data: "{\"x\":1}"), SSEEvent(data: "line1\nline2"), SSEEvent(data: "[DONE]")])
        }
    }

    @Test("Lenient JSON: fences, prose around the object, single quotes", arguments: [
        "```json\n{\"action\": \"fold\"}\n```",
        "Sure! Here you go: {\"action\": \"fold\", \"note\": \"a } inside\"} Good luck.",
        "{'action': 'fold'}",
        "```\n{\"action\":\"fold\"}```",
    ])
    func lenient(text: String) {
        #expect(LenientJSON.object(in: text)?["action"] == "fold")
    }

    @Test("Circuit breaker: opens after the threshold, lets one trial through after the cooldown")
    func breaker() {
        let breakers = CircuitBreakers(policy: CircuitBreakerPolicy(failureThreshold: 2, cooldown: .seconds(10)))
        let t0 = ContinuousClock.now
        #expect(breakers.permit("p", now: t0) == nil)
        breakers.report("p", providerFailure: true, now: t0)
        #expect(breakers.permit("p", now: t0) == nil)
        breakers.report("p", providerFailure: true, now: t0)
        #expect(breakers.permit("p", now: t0 + .seconds(1)) == .seconds(9))
        #expect(breakers.permit("other", now: t0) == nil, "one breaker per endpoint")
        #expect(breakers.permit("p", now: t0 + .seconds(11)) == nil, "the trial")
        #expect(breakers.permit("p", now: t0 + .seconds(11)) != nil, "only one trial at a time")
        breakers.report("p", providerFailure: false, now: t0 + .seconds(11))
        #expect(breakers.permit("p", now: t0 + .seconds(12)) == nil)
    }

    @Test("Every error has a one-sentence message")
    func messages() {
        let errors: [LLMError] = [
            .notConfigured(provider: .openai, reason: "no API key"), .auth(provider: .anthropic, status: 401),
            .rateLimited(provider: .groq, retryAfter: .seconds(3)), .timeout(provider: .gemini),
            .serverError(provider: .xai, status: 502, message: nil), .invalidRequest(provider: .mistral, status: 404, message: "no such model"),
            .badResponse(provider: .local, reason: .invalidUTF8), .transport(provider: .ollama, .connectionFailed("refused")),
            .circuitOpen(provider: .deepseek, retryAfter: .seconds(20)), .cancelled,
        ]
        for error in errors {
            #expect(error.userMessage.hasSuffix(".") && !error.userMessage.dropLast().contains(". "), "\(error.userMessage)")
        }
        #expect(Set(errors.map(\.kind)).count == errors.count)
    }
}
