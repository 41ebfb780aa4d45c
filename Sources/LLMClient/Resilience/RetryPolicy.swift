import Foundation

/// How the client retries: exponential backoff with jitter, `Retry-After` honoured, all inside the deadline.
///
/// The client is the only place that retries. Retried: 429, 408, 5xx, timeouts and connection failures.
/// Never retried: auth, other 4xx, bad responses (the caller's correction turn handles those), cancellation.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts at most (1 = no retry).
    public var maxAttempts: Int
    /// Backoff before the 2nd attempt; doubles each time.
    public var baseDelay: Duration
    /// Backoff cap.
    public var maxDelay: Duration
    /// An attempt is not started with less time than this left before the deadline.
    public var minimumAttemptTime: Duration
    /// Cap on a single attempt; nil lets one attempt use the whole remaining budget.
    public var attemptTimeout: Duration?

    /// Creates a policy.
    public init(maxAttempts: Int = 4, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(8),
                minimumAttemptTime: Duration = .milliseconds(250), attemptTimeout: Duration? = nil) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.minimumAttemptTime = minimumAttemptTime
        self.attemptTimeout = attemptTimeout
    }

    /// The default: 4 attempts, 0.5 s doubling to 8 s.
    public static let standard = RetryPolicy()
    /// One attempt only.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The wait before attempt `attempt + 1`. With a `Retry-After` the wait is at least that, plus up to 10 %
    /// jitter; otherwise "equal jitter": a uniform draw in [½, 1] × min(maxDelay, baseDelay × 2^(attempt−1)).
    public func delay(afterAttempt attempt: Int, retryAfter: Duration?,
                      using generator: inout some RandomNumberGenerator) -> Duration {
        if let retryAfter {
            return retryAfter + retryAfter * Double.random(in: 0...0.1, using: &generator)
        }
        let exponent = Double(1 << min(max(attempt - 1, 0), 20))
        let ceiling = min(maxDelay, baseDelay * exponent)
        return ceiling * Double.random(in: 0.5...1.0, using: &generator)
    }

    /// Parses `retry-after-ms` (OpenAI) or `retry-after` (seconds or an HTTP date) from lower-cased headers.
    public static func retryAfter(in headers: [String: String], now: Date = Date()) -> Duration? {
        // Finite values only, at most a day (`1e400` or `1e308000` trapped converting to Int).
        if let ms = headers["retry-after-ms"].flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }), ms.isFinite, ms >= 0 {
            return .milliseconds(Int(min(ms, 86_400_000)))
        }
        guard let value = headers["retry-after"]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
            return nil
        }
        if let seconds = Double(value), seconds.isFinite, seconds >= 0 { return .milliseconds(Int(min(seconds, 86_400) * 1000)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return .milliseconds(Int(max(0, date.timeIntervalSince(now)) * 1000))
    }
}
