import Foundation
import LLMClient
import PokerTestSupport
import Testing

@Suite("Many requests in flight")
struct ConcurrencyTests {
    /// The server answers none of the 64 until all 64 have arrived (and answers 504 if they never
    /// do): they must be in flight at the same moment. Blocking transfers on the 2-thread cooperative
    /// pool would hold at most two at a time (TOOLCHAIN P3) and fail here, whatever the machine's speed.
    @Test("64 concurrent requests are all in flight at once")
    func manyInFlight() async throws {
        let server = try await FakeLLMServer.shared()
        let name = scenarioName("many")
        let base = try await server.script(name, [["hold_until_count": 64]])
        let sink = InMemoryUsageSink()
        let client = LLMClient(usageSink: sink, retryPolicy: .none)
        let config = fakeConfig(.openai, baseURL: base)
        let successes = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<64 {
                group.addTask { (try? await client.complete(decisionRequest(timeout: .seconds(120)), config: config)) != nil }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(successes == 64, "\(64 - successes) requests were not in flight together: \(sink.records.compactMap(\.errorMessage).prefix(3))")
        #expect(sink.records.count == 64 && sink.records.allSatisfy { $0.status == .ok })
        #expect(try await server.requestCount(name) == 64)
    }

    @Test("Connections are reused: 20 sequential calls to one host open one connection")
    func keepAlive() async throws {
        let server = try await FakeLLMServer.shared()
        let name = scenarioName("reuse")
        let base = try await server.script(name, [[:]])
        let transport = CurlTransport()
        let client = LLMClient(transport: transport)
        for _ in 0..<20 { _ = try await client.complete(decisionRequest(), config: fakeConfig(.openai, baseURL: base)) }
        let stats = transport.statistics
        #expect(stats.transfers == 20 && stats.newConnections == 1, "\(stats)")
        #expect(try await server.requests(name).count == 20)
    }
}
