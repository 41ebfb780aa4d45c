import Foundation

/// Why an LLM call failed. Every case has a one-sentence `userMessage`; none ever holds an API key.
public enum LLMError: Error, Sendable, Equatable {
    /// The provider is `offline`, or a key or base URL is missing.
    case notConfigured(provider: ProviderID, reason: String)
    /// 401/403: the key was refused.
    case auth(provider: ProviderID, status: Int)
    /// 429, with the provider's `Retry-After` when it sent one (after retries, or when it exceeds the deadline).
    case rateLimited(provider: ProviderID, retryAfter: Duration?)
    /// No answer before the call's deadline (or the connect timeout).
    case timeout(provider: ProviderID)
    /// 5xx (and 529 "overloaded") after retries.
    case serverError(provider: ProviderID, status: Int, message: String?)
    /// Any other 4xx: unknown model, bad parameter, context too long…
    case invalidRequest(provider: ProviderID, status: Int, message: String?)
    /// A 2xx answer that could not be used.
    case badResponse(provider: ProviderID, reason: BadResponseReason)
    /// The connection failed or broke (after retries), or TLS failed.
    case transport(provider: ProviderID, TransportError)
    /// The provider's circuit breaker is open after repeated failures; no request was sent.
    case circuitOpen(provider: ProviderID, retryAfter: Duration)
    /// The calling task was cancelled.
    case cancelled

    /// The stable kind recorded in usage records.
    public var kind: LLMErrorKind {
        switch self {
        case .notConfigured: .notConfigured
        case .auth: .auth
        case .rateLimited: .rateLimit
        case .timeout: .timeout
        case .serverError: .serverError
        case .invalidRequest: .invalidRequest
        case .badResponse: .badResponse
        case .transport: .transport
        case .circuitOpen: .circuitOpen
        case .cancelled: .cancelled
        }
    }

    /// Whether the client retries it (within the deadline).
    public var isRetryable: Bool {
        switch self {
        case .rateLimited, .timeout, .serverError: true
        case .transport(_, let error):
            switch error {
            case .connectionFailed, .connectionLost, .timedOut: true
            default: false
            }
        default: false
        }
    }

    /// Whether it counts against the provider's circuit breaker (the provider looks unhealthy or
    /// overloaded: a storm of 429s opens the breaker like a storm of 5xx).
    var countsAsProviderFailure: Bool {
        switch self {
        case .timeout, .serverError, .rateLimited: true
        case .transport(_, let error): error != .cancelled
        default: false
        }
    }

    /// One sentence for the user interface.
    public var userMessage: String {
        switch self {
        case .notConfigured(let p, let reason):
            return "\(p.displayName) is not set up: \(reason)."
        case .auth(let p, let status):
            let variable = p.keyVariable.map { " (check \($0) or the config file)" } ?? ""
            return "\(p.displayName) refused the API key with HTTP \(status)\(variable)."
        case .rateLimited(let p, let after):
            let wait = after.map { " and asked to wait \(Self.seconds($0))" } ?? ""
            return "\(p.displayName) is rate-limiting requests\(wait); try again shortly or use a slower pace."
        case .timeout(let p):
            return "\(p.displayName) did not answer in time."
        case .serverError(let p, let status, let message):
            return "\(p.displayName) had a server error (HTTP \(status))\(Self.detail(message))."
        case .invalidRequest(let p, let status, let message):
            return "\(p.displayName) rejected the request (HTTP \(status))\(Self.detail(message))."
        case .badResponse(let p, let reason):
            return "\(p.displayName) sent an unusable answer: \(reason.description)."
        case .transport(let p, let error):
            return "Could not reach \(p.displayName): \(Self.describe(error))."
        case .circuitOpen(let p, let after):
            return "\(p.displayName) failed repeatedly, so calls are paused for \(Self.seconds(after))."
        case .cancelled:
            return "The request was cancelled."
        }
    }

    private static func detail(_ message: String?) -> String {
        guard let message, !message.isEmpty else { return "" }
        return ": " + message
    }

    private static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return value < 10 ? String(format: "%.1f s", value) : "\(Int(value.rounded())) s"
    }

    private static func describe(_ error: TransportError) -> String {
        switch error {
        case .timedOut: "the connection timed out"
        case .connectionFailed(let m): "connection failed (\(m))"
        case .connectionLost(let m): "the connection broke (\(m))"
        case .tls(let m): "TLS failed (\(m))"
        case .responseTooLarge(let limit): "the answer exceeded \(limit) bytes"
        case .invalidURL(let m): "the base URL is invalid (\(m))"
        case .cancelled: "the transfer was cancelled"
        case .other(let code, let m): "curl error \(code) (\(m))"
        }
    }
}

/// What was wrong with a 2xx answer.
public enum BadResponseReason: Sendable, Equatable, CustomStringConvertible {
    /// The body is not valid UTF-8.
    case invalidUTF8
    /// The body is not JSON (or not the provider's shape); the detail says where.
    case malformedJSON(String)
    /// The JSON has no answer text where the provider puts it.
    case missingContent
    /// The body exceeded the size limit.
    case tooLarge(limit: Int)
    /// A stream ended before its final event.
    case truncatedStream
    /// The provider reported an error inside a 2xx stream.
    case streamError(String)

    public var description: String {
        switch self {
        case .invalidUTF8: "the body is not valid UTF-8"
        case .malformedJSON(let detail): "the body is not the expected JSON (\(detail))"
        case .missingContent: "the answer has no content"
        case .tooLarge(let limit): "the answer exceeded \(limit) bytes"
        case .truncatedStream: "the stream ended early"
        case .streamError(let message): "the stream reported an error (\(message))"
        }
    }
}

/// Error kinds as stored in `api_usage.error_kind`.
public enum LLMErrorKind: String, Sendable, Codable, Hashable, CaseIterable {
    case notConfigured = "not_configured"
    case auth
    case rateLimit = "rate_limit"
    case timeout
    case serverError = "server_error"
    case invalidRequest = "invalid_request"
    case badResponse = "bad_response"
    case transport
    case circuitOpen = "circuit_open"
    case cancelled
}
