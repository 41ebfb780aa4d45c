import Foundation
import LLMClient
import Synchronization

/// An in-process `HTTPTransport` that plays scripted steps (the last one repeats) on a test clock:
/// the LLM client's retries, deadlines, rate limits and breaker are tested without a network and
/// without waiting. The python fake server (`FakeLLMServer`) stays the end-to-end layer.
public final class ScriptedTransport: HTTPTransport {
    /// What one request gets.
    public indirect enum Step: Sendable {
        /// This response, as is.
        case respond(HTTPResponse)
        /// Body chunks handed to the stream one by one, then `then` decides the ending (nil: a
        /// complete 200 response holding every chunk).
        case stream([String], then: Step?)
        /// The transfer fails.
        case fail(TransportError)
        /// No answer: waits on the clock until the request's total timeout, then `.timedOut` (as curl does).
        case stall
        /// No answer ever, whatever the timeout: ends only when the caller is cancelled.
        case hang
    }

    private let clock: any LLMClock
    private let steps: [Step]
    private let log = Mutex<[HTTPRequest]>([])

    public init(clock: any LLMClock, steps: [Step]) {
        self.clock = clock
        self.steps = steps.isEmpty ? [.ok()] : steps
    }

    /// The requests received, oldest first.
    public var requests: [HTTPRequest] { log.withLock { $0 } }

    /// Waits (for real, polling) until `count` requests have arrived.
    public func waitForRequests(_ count: Int, timeout: Duration = .seconds(60)) async throws {
        try await Poll.until("\(count) requests at the scripted transport", timeout: timeout) { requests.count >= count }
    }

    public func send(_ request: HTTPRequest, onChunk: (@Sendable (Data) -> Void)?) async throws -> HTTPResponse {
        let index = log.withLock { $0.append(request); return $0.count - 1 }
        return try await play(steps[min(index, steps.count - 1)], request: request, onChunk: onChunk, sent: Data())
    }

    private func play(_ step: Step, request: HTTPRequest, onChunk: (@Sendable (Data) -> Void)?,
                      sent: Data) async throws -> HTTPResponse {
        if Task.isCancelled { throw TransportError.cancelled }
        switch step {
        case .respond(let response):
            return response
        case .fail(let error):
            throw error
        case .stream(let chunks, let ending):
            var body = sent
            for chunk in chunks {
                let bytes = Data(chunk.utf8)
                body.append(bytes)
                onChunk?(bytes)
            }
            guard let ending else {
                return HTTPResponse(status: 200, headers: ["content-type": "text/event-stream"], body: body)
            }
            return try await play(ending, request: request, onChunk: onChunk, sent: body)
        case .stall:
            do { try await clock.sleep(until: clock.now + request.totalTimeout) } catch { throw TransportError.cancelled }
            throw TransportError.timedOut
        case .hang:
            let never = AsyncStream<Void> { _ in }
            for await _ in never {}
            throw TransportError.cancelled
        }
    }
}

extension ScriptedTransport.Step {
    /// An OpenAI-dialect answer with `content` (default: a decision to call) and its usage.
    public static func ok(content: String = #"{"action": "call", "raise_to": 0, "inner_monologue": "fine"}"#,
                          input: Int = 12, output: Int = 20) -> Self {
        let body: JSONValue = [
            "id": "chatcmpl-scripted", "model": "scripted",
            "choices": [["index": 0, "message": ["role": "assistant", "content": .string(content)], "finish_reason": "stop"]],
            "usage": ["prompt_tokens": .int(input), "completion_tokens": .int(output)],
        ]
        return .respond(HTTPResponse(status: 200, headers: ["content-type": "application/json"], body: body.encoded()))
    }

    /// An error status with an OpenAI-dialect error body; `headers` lower-cased, e.g. `["retry-after": "1"]`.
    public static func status(_ code: Int, headers: [String: String] = [:]) -> Self {
        let body: JSONValue = ["error": ["message": .string("scripted failure \(code)"), "code": .int(code)]]
        return .respond(HTTPResponse(status: code, headers: headers, body: body.encoded()))
    }

    /// OpenAI-dialect stream events carrying `pieces`; complete (finish reason, usage, `[DONE]`) or
    /// followed by `then` (e.g. `.stall` for a stream that stops mid-way).
    public static func openAIStream(_ pieces: [String], then ending: Self? = nil) -> Self {
        func event(_ value: JSONValue) -> String { "data: " + String(decoding: value.encoded(), as: UTF8.self) + "\n\n" }
        var chunks = pieces.map { piece in
            event(["choices": [["index": 0, "delta": ["content": .string(piece)], "finish_reason": .null]]])
        }
        guard ending == nil else { return .stream(chunks, then: ending) }
        chunks.append(event(["choices": [["index": 0, "delta": [:], "finish_reason": "stop"]]]))
        chunks.append(event(["choices": [], "usage": ["prompt_tokens": 12, "completion_tokens": 20]]))
        chunks.append("data: [DONE]\n\n")
        return .stream(chunks, then: nil)
    }
}
