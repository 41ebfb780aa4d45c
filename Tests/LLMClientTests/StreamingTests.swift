import Foundation
import LLMClient
import PokerTestSupport
import Synchronization
import Testing

/// Collects streamed pieces in arrival order.
final class DeltaLog: Sendable {
    private let items = Mutex<[String]>([])
    func add(_ piece: String) { items.withLock { $0.append(piece) } }
    var pieces: [String] { items.withLock { $0 } }
}

@Suite("Streaming (server-sent events)")
struct StreamingTests {
    let server: FakeLLMServer
    let sink = InMemoryUsageSink()
    let client: LLMClient

    init() async throws {
        server = try await FakeLLMServer.shared()
        client = LLMClient(usageSink: sink, retryPolicy: quickRetries)
    }

    @Test("A stream delivers pieces as they arrive, then the whole answer",
          arguments: [ProviderID.openai, .anthropic, .gemini])
    func piecesAsTheyArrive(provider: ProviderID) async throws {
        let pieces = ["{\"action\": ", "\"raise\", ", "\"raise_to\": 60, ", "\"inner_monologue\": ", "\"Now.\"}"]
        let name = scenarioName("sse")
        let base = try await server.script(name, [["chunks": .array(pieces.map(JSONValue.string)), "hold_after": 2,
                                                   "usage": ["input": 50, "output": 25]]], gemini: provider == .gemini)
        let log = DeltaLog()
        let client = self.client
        let call = Task { try await client.stream(decisionRequest(timeout: .seconds(120)), config: fakeConfig(provider, baseURL: base)) {
            log.add($0)
        } }
        // The server holds the rest of the stream until released: the first two pieces can only
        // have reached us while the call was still under way.
        try await Poll.until("the first two pieces before the stream ends (got \(log.pieces))") { log.pieces.count >= 2 }
        #expect(log.pieces == Array(pieces.prefix(2)))
        try await server.release(name)
        let response = try await call.value
        #expect(log.pieces == pieces)
        #expect(response.text == pieces.joined())
        #expect(response.usage == TokenUsage(input: 50, output: 25))
        #expect(response.finishReason == .stop)
        #expect(sink.records.count == 1 && sink.records[0].status == .ok)
        let sent = try #require(try await server.requests(name).first)
        if provider == .gemini {
            #expect(sent["path"]?.stringValue?.hasSuffix(":streamGenerateContent?alt=sse") == true)
        } else {
            #expect(sent["body"]?["stream"] == true)
        }
    }

    @Test("A stream cut before its final event is a bad response, and not retried after delivering pieces")
    func truncatedStream() async throws {
        let base = try await server.script(scenarioName(), [["stop_after": 3], [:]])
        let log = DeltaLog()
        let result = await outcome { () async throws(LLMError) in
            try await client.stream(decisionRequest(), config: fakeConfig(.openai, baseURL: base)) { log.add($0) }
        }
        #expect(result.failure == .badResponse(provider: .openai, reason: .truncatedStream))
        #expect(log.pieces.count == 3 && sink.records.count == 1)
    }

    @Test("A stream held past the deadline ends in curl's timeout with only pieces sent before it")
    func streamPastDeadline() async throws {
        let chunks: [JSONValue] = ["a", "b", "c", "d"]
        let base = try await server.script(scenarioName(), [["chunks": .array(chunks), "hold_after": 2]])
        let log = DeltaLog()
        let result = await outcome { () async throws(LLMError) in
            try await client.stream(decisionRequest(timeout: .seconds(2)), config: fakeConfig(.openai, baseURL: base)) {
                log.add($0)
            }
        }
        #expect(result.failure == .timeout(provider: .openai))
        #expect(["a", "b"].starts(with: log.pieces), "only pieces sent before the hold: \(log.pieces)")
    }

    @Test("textStream yields the pieces as an async sequence")
    func asyncSequence() async throws {
        let base = try await server.script(scenarioName(), [["chunks": ["a", "b", "c"]]])
        var collected: [String] = []
        for try await piece in client.textStream(decisionRequest(), config: fakeConfig(.anthropic, baseURL: base)) {
            collected.append(piece)
        }
        #expect(collected == ["a", "b", "c"])
    }

    @Test("A server that ignores stream=true and answers plain JSON still works")
    func plainAnswerToStream() async throws {
        let body = #"{"choices": [{"message": {"content": "plain"}, "finish_reason": "stop"}], "usage": {"prompt_tokens": 3, "completion_tokens": 1}}"#
        let base = try await server.script(scenarioName(), [["body": .string(body)]])
        let response = try await client.stream(decisionRequest(), config: fakeConfig(.openai, baseURL: base)) { _ in }
        #expect(response.text == "plain" && response.usage.input == 3)
    }
}
