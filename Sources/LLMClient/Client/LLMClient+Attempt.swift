import Foundation

/// One attempt's answer, before metering.
struct AttemptAnswer: Sendable {
    var result: ChatResult
    var httpStatus: Int
}

/// One attempt's failure, with what retry decisions need.
struct AttemptFailure: Error, Sendable {
    var error: LLMError
    var httpStatus: Int?
    var retryAfter: Duration?
}

extension LLMClient {
    /// Sends one HTTP request and turns the response into an answer or a classified failure.
    func attemptOnce(_ request: ChatRequest, config: LLMConfig, dialect: any ProviderDialect, budget: Duration,
                     session: StreamSession?) async -> Result<AttemptAnswer, AttemptFailure> {
        let provider = config.provider
        let model = config.model(for: request)
        let wire = dialect.makeRequest(request, model: model, config: config, stream: session != nil)
        let http = HTTPRequest(url: wire.url, method: .post, headers: wire.headers, body: wire.body.encoded(),
                               connectTimeout: min(config.connectTimeout, budget), totalTimeout: budget,
                               maxResponseBytes: config.maxResponseBytes)
        var onChunk: (@Sendable (Data) -> Void)?
        if let session { onChunk = { session.feed($0) } }
        let response: HTTPResponse
        do {
            response = try await transport.send(http, onChunk: onChunk)
        } catch let error as TransportError {
            return .failure(AttemptFailure(error: Self.map(error, provider: provider)))
        } catch {
            return .failure(AttemptFailure(error: Task.isCancelled ? .cancelled
                                           : .transport(provider: provider, .other(code: -1, message: "unknown failure"))))
        }
        let redact = Redactor(keys: [config.apiKey])
        let status = response.status
        switch status {
        case 200..<300:
            return Self.readAnswer(response, dialect: dialect, provider: provider, session: session)
                .map { AttemptAnswer(result: $0, httpStatus: status) }
                .mapError { AttemptFailure(error: $0, httpStatus: status) }
        case 401, 403:
            return .failure(AttemptFailure(error: .auth(provider: provider, status: status), httpStatus: status))
        case 429:
            let wait = RetryPolicy.retryAfter(in: response.headers) ?? Self.googleRetryDelay(in: response.body)
            return .failure(AttemptFailure(error: .rateLimited(provider: provider, retryAfter: wait),
                                           httpStatus: status, retryAfter: wait))
        case 408:
            return .failure(AttemptFailure(error: .timeout(provider: provider), httpStatus: status))
        case 500..<600:
            let message = redact.message(OpenAIDialect.errorMessage(in: response.body))
            return .failure(AttemptFailure(error: .serverError(provider: provider, status: status, message: message),
                                           httpStatus: status, retryAfter: RetryPolicy.retryAfter(in: response.headers)))
        default:
            let message = redact.message(OpenAIDialect.errorMessage(in: response.body))
            return .failure(AttemptFailure(error: .invalidRequest(provider: provider, status: status, message: message),
                                           httpStatus: status))
        }
    }

    /// Reads a 2xx body: the stream's decoded answer, or the JSON answer.
    static func readAnswer(_ response: HTTPResponse, dialect: any ProviderDialect, provider: ProviderID,
                           session: StreamSession?) -> Result<ChatResult, LLMError> {
        let headerID = response.headers["x-request-id"] ?? response.headers["request-id"]
        if let session {
            let (result, failure, sawEvent) = session.finish()
            if let failure {
                return .failure(.badResponse(provider: provider, reason: .streamError(Redactor(keys: []).message(failure) ?? "")))
            }
            if var result {
                result.requestID = headerID ?? result.requestID
                return .success(result)
            }
            // A server that ignored `stream: true` answers with plain JSON: read it as such.
            if sawEvent { return .failure(.badResponse(provider: provider, reason: .truncatedStream)) }
        }
        guard String(data: response.body, encoding: .utf8) != nil else {
            return .failure(.badResponse(provider: provider, reason: .invalidUTF8))
        }
        let json: JSONValue
        do { json = try JSONValue.parse(response.body) } catch {
            let reason: BadResponseReason = response.body.isEmpty ? .missingContent
                : .malformedJSON("\(response.body.count) bytes that do not parse")
            return .failure(.badResponse(provider: provider, reason: reason))
        }
        guard var result = dialect.parse(json, headers: response.headers) else {
            return .failure(.badResponse(provider: provider, reason: .missingContent))
        }
        result.requestID = headerID ?? result.requestID
        return .success(result)
    }

    /// Gemini sends no Retry-After header; its 429 body carries `error.details[].retryDelay` ("30s").
    static func googleRetryDelay(in body: Data) -> Duration? {
        guard let details = (try? JSONValue.parse(body))?["error"]?["details"]?.arrayValue else { return nil }
        for detail in details {
            if let text = detail["retryDelay"]?.stringValue, text.hasSuffix("s"), let seconds = Double(text.dropLast()),
               seconds.isFinite, seconds >= 0, seconds <= 86_400 {
                return .milliseconds(Int(seconds * 1000))
            }
        }
        return nil
    }

    static func map(_ error: TransportError, provider: ProviderID) -> LLMError {
        switch error {
        case .timedOut: .timeout(provider: provider)
        case .cancelled: .cancelled
        case .responseTooLarge(let limit): .badResponse(provider: provider, reason: .tooLarge(limit: limit))
        default: .transport(provider: provider, error)
        }
    }
}
