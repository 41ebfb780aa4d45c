import Foundation
@testable import LLMClient
import Testing

/// Retry waits a server names that are infinite or beyond `Int` used to trap converting to a
/// `Duration` (found by the fuzzer): they are ignored or capped at a day.
@Suite struct HostileRetryValueTests {
    @Test func hugeRetryAfterHeadersAreCappedOrIgnored() {
        #expect(RetryPolicy.retryAfter(in: ["retry-after-ms": "1e308000"]) == nil)
        #expect(RetryPolicy.retryAfter(in: ["retry-after": "1e400"]) == nil)
        #expect(RetryPolicy.retryAfter(in: ["retry-after": "1e300"]) == .seconds(86_400))
        #expect(RetryPolicy.retryAfter(in: ["retry-after-ms": "1e300"]) == .seconds(86_400))
        #expect(RetryPolicy.retryAfter(in: ["retry-after": "999999999"]) == .seconds(86_400))
    }

    @Test func hugeGeminiRetryDelaysAreIgnored() {
        let body = #"{"error": {"code": 429, "details": [{"retryDelay": "301e400s"}]}}"#
        #expect(LLMClient.googleRetryDelay(in: Data(body.utf8)) == nil)
        let fine = #"{"error": {"code": 429, "details": [{"retryDelay": "30s"}]}}"#
        #expect(LLMClient.googleRetryDelay(in: Data(fine.utf8)) == .seconds(30))
    }
}
