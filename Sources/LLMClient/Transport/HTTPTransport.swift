import Foundation

/// One HTTP request as the transport sees it. Bodies are bytes; headers are sent as given.
///
/// Header values may hold secrets (an `Authorization` header): a transport must never log them.
public struct HTTPRequest: Sendable {
    /// HTTP method.
    public enum Method: String, Sendable { case get = "GET", post = "POST" }

    /// Absolute URL, `http` or `https`.
    public var url: String
    /// The method; `post` sends `body`.
    public var method: Method
    /// Request headers (name, value). Order is kept.
    public var headers: [(name: String, value: String)]
    /// The request body (JSON for every provider).
    public var body: Data
    /// Longest time to establish the connection (TCP + TLS).
    public var connectTimeout: Duration
    /// Longest time for the whole exchange, streaming included. The transport must give up by then.
    public var totalTimeout: Duration
    /// Responses larger than this fail with `TransportError.responseTooLarge`.
    public var maxResponseBytes: Int

    /// Creates a request; the defaults suit a JSON call to an LLM provider.
    public init(
        url: String, method: Method = .post, headers: [(name: String, value: String)] = [],
        body: Data = Data(), connectTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(60),
        maxResponseBytes: Int = 8 << 20
    ) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxResponseBytes = maxResponseBytes
    }
}

/// A complete HTTP response. Header names are lower-cased.
public struct HTTPResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// Response headers, names lower-cased; a repeated header keeps its last value.
    public var headers: [String: String]
    /// The whole body (for streamed responses too).
    public var body: Data

    /// Creates a response.
    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Why a transfer failed before a complete HTTP response arrived.
public enum TransportError: Error, Sendable, Equatable {
    /// No connection within the connect timeout, or no complete response within the total timeout.
    case timedOut
    /// The host could not be resolved or refused the connection.
    case connectionFailed(String)
    /// The connection broke mid-exchange: nothing, or a truncated body, came back.
    case connectionLost(String)
    /// TLS handshake or certificate verification failed.
    case tls(String)
    /// The body grew past `HTTPRequest.maxResponseBytes`.
    case responseTooLarge(limit: Int)
    /// The URL was malformed or used an unsupported scheme.
    case invalidURL(String)
    /// The calling task was cancelled; the transfer was aborted.
    case cancelled
    /// Any other transport failure (curl's code and message).
    case other(code: Int, message: String)
}

/// The seam between the LLM client and the network. `CurlTransport` is the real one; tests may substitute.
///
/// Contract: `send` returns within `request.totalTimeout` (plus scheduling slack), aborts promptly when the
/// calling task is cancelled (throwing `TransportError.cancelled`), and throws only `TransportError`.
/// `onChunk`, when given, receives the body bytes as they arrive, in order, on a transport thread: it must
/// be quick and must not block.
public protocol HTTPTransport: Sendable {
    /// Performs one HTTP exchange.
    func send(_ request: HTTPRequest, onChunk: (@Sendable (Data) -> Void)?) async throws -> HTTPResponse
}

extension HTTPTransport {
    /// Performs one HTTP exchange without streaming the body.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try await send(request, onChunk: nil)
    }
}
