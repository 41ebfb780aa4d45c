import Foundation
import LLMClient
import Synchronization
import Testing

/// Collects streamed pieces with their arrival times.
final class DeltaLog: Sendable {
    private let items = Mutex<[(String, ContinuousClock.Instant)]>([])
    func add(_ piece: String) { items.withLock { $0.append((piece, .now)) } }
    var pieces: [String] { items.withLock { $0.map(\.0) } }
    var times: [ContinuousClock.Instant] { items.withLock { $0.map(\.1) } }
}

@Suite("Streaming (server-sent events)", .fakeServer)
struct StreamingTests {
    let server: FakeServer
    let sink = InMemoryUsageSink()
    let client: LLMClient

    init() throws {
        server = try #require(FakeServer.current)
        client = LLMClient(usageSink: sink, retryPolicy: quickRetries)
    }

    @Test("A slow stream delivers pieces as they arrive, then the whole answer",
          arguments: [ProviderID.openai, .anthropic, .gemini])
    func slowStream(provider: ProviderID) async throws {
        let pieces = ["{\"action\": ", "\"raise\", ", "\"raise_to\": 60, ", "\"inner_monologue\": ", "\"Now.\"}"]
        let name = scenarioName("sse")
        let base = try await server.script(name, [["chunks": .array(pieces.map(JSONValue.string)), "interval_ms": 200,
                                                   "usage": ["input": 50, "output": 25]]], gemini: provider == .gemini)
        let log = DeltaLog()
        let start = ContinuousClock.now
        let response = try await client.stream(decisionRequest(), config: fakeConfig(provider, baseURL: base)) { log.add($0) }
        let end = ContinuousClock.now
        #expect(log.pieces == pieces)
        #expect(response.text == pieces.joined())
        #expect(response.usage == TokenUsage(input: 50, output: 25))
        #expect(response.finishReason == .stop)
        let first = try #require(log.times.first)
        #expect(end - first >= .milliseconds(600), "the first piece must arrive long before the end")
        #expect(first - start < .milliseconds(500))
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
        let (result, _) = await timed { () async throws(LLMError) in
            try await client.stream(decisionRequest(), config: fakeConfig(.openai, baseURL: base)) { log.add($0) }
        }
        #expect(result.failure == .badResponse(provider: .openai, reason: .truncatedStream))
        #expect(log.pieces.count == 3 && sink.records.count == 1)
    }

    @Test("A stream slower than the deadline times out at the deadline with the pieces so far delivered")
    func streamPastDeadline() async throws {
        let base = try await server.script(scenarioName(), [["interval_ms": 400]])
        let log = DeltaLog()
        let (result, elapsed) = await timed { () async throws(LLMError) in
            try await client.stream(decisionRequest(timeout: .seconds(1)), config: fakeConfig(.openai, baseURL: base)) {
                log.add($0)
            }
        }
        #expect(result.failure == .timeout(provider: .openai))
        #expect(elapsed < .milliseconds(1600))
        #expect((2...4).contains(log.pieces.count))
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
