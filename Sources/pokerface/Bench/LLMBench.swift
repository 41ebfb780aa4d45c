import Foundation
import LLMClient
import Synchronization

/// LLM figures for `make bench`: the client and transport against the fake provider at 1, 16 and 64 requests
/// in flight (0 ms and 300 ms server delay), and decisions/s and tokens/s of a local llama.cpp model.
struct LLMBench {
    /// Runs every measurement it can; a missing fake server or local model only skips its figures.
    /// - Parameters:
    ///   - fakeServerScript: path of `scripts/fake_llm_server.py` (needs python3).
    ///   - localModelURL: a llama.cpp server base URL (`http://127.0.0.1:18083/v1`), or nil to skip.
    ///   - log: progress lines.
    static func run(fakeServerScript: String = "scripts/fake_llm_server.py", localModelURL: String? = nil,
                    log: @Sendable (String) -> Void = { _ in }) async -> [BenchFigure] {
        var figures: [BenchFigure] = []
        if let server = await FakeProviderProcess.start(script: fakeServerScript) {
            for delay in [0, 300] {
                for inflight in [1, 16, 64] {
                    log("llm bench: fake server, \(inflight) in flight, \(delay) ms delay")
                    figures += await measureFake(port: server.port, inflight: inflight, delayMs: delay)
                }
            }
            server.stop()
        } else {
            log("llm bench: could not start \(fakeServerScript) with python3; fake-server figures skipped")
        }
        if let localModelURL {
            log("llm bench: local model at \(localModelURL)")
            figures += await measureLocal(baseURL: localModelURL)
        }
        return figures
    }

    /// Requests for one level: enough to fill the pipe several times, bounded to a few seconds.
    private static func requestCount(inflight: Int, delayMs: Int) -> Int {
        delayMs == 0 ? 400 : max(10, inflight * 3)
    }

    private static func measureFake(port: Int, inflight: Int, delayMs: Int) async -> [BenchFigure] {
        let scenario = "bench-\(delayMs)"
        let script: JSONValue = ["steps": [["delay_ms": .int(delayMs)]]]
        _ = try? await CurlTransport.shared.send(HTTPRequest(url: "http://127.0.0.1:\(port)/_scenario/\(scenario)",
                                                             body: script.encoded()))
        let config = LLMConfig(provider: .openai, model: "bench-model", baseURL: "http://127.0.0.1:\(port)/s/\(scenario)/v1",
                               apiKey: APIKey("sk-bench-not-a-real-key"))
        let client = LLMClient(retryPolicy: .none)
        let request = ChatRequest(messages: [.user("bench")], callType: .experiment, maxTokens: 64, timeout: .seconds(30))
        let (latencies, failures, wall) = await drive(count: requestCount(inflight: inflight, delayMs: delayMs),
                                                      inflight: inflight) {
            (try? await client.complete(request, config: config)) != nil
        }
        let label = "in\(inflight).delay\(delayMs)ms"
        let ideal = delayMs == 0 ? nil : Double(inflight) / (Double(delayMs) / 1000)
        return [
            BenchFigure(name: "llm.fake.requests_per_s.\(label)", value: Double(latencies.count) / wall, unit: "req/s",
                        goal: ideal.map { String(format: "≥ %.0f (%.0f%% of the ideal %d/%.1f s)", $0 * 0.8, 80.0, inflight,
                                                 Double(delayMs) / 1000) }),
            BenchFigure(name: "llm.fake.latency_p50.\(label)", value: percentile(latencies, 0.50), unit: "ms",
                        goal: delayMs == 0 ? nil : "< \(delayMs + 50)"),
            BenchFigure(name: "llm.fake.latency_p95.\(label)", value: percentile(latencies, 0.95), unit: "ms",
                        goal: delayMs == 0 ? nil : "< \(delayMs + 150)"),
            BenchFigure(name: "llm.fake.failures.\(label)", value: Double(failures), unit: "count", goal: "0"),
        ]
    }

    private static func measureLocal(baseURL: String) async -> [BenchFigure] {
        let config = LLMConfig(provider: .local, baseURL: baseURL)
        let client = LLMClient(retryPolicy: RetryPolicy(maxAttempts: 2))
        let tokens = Tally()
        let valid = Tally()
        let count = 10
        let (latencies, failures, wall) = await drive(count: count, inflight: 1) {
            guard let response = try? await client.complete(decisionRequest(), config: config) else { return false }
            tokens.add(response.usage.output)
            if let object = LenientJSON.object(in: response.text), object["action"]?.stringValue != nil {
                valid.add(1)
            }
            return true
        }
        let busySeconds = latencies.reduce(0, +) / 1000
        return [
            BenchFigure(name: "llm.local.decisions_per_s", value: Double(latencies.count) / wall, unit: "decisions/s",
                        goal: "≥ 0.5 (2-core CPU, Gemma 3 270M)"),
            BenchFigure(name: "llm.local.decision_latency_p50", value: percentile(latencies, 0.5), unit: "ms", goal: "< 2000"),
            BenchFigure(name: "llm.local.decision_latency_p95", value: percentile(latencies, 0.95), unit: "ms", goal: "< 3000"),
            BenchFigure(name: "llm.local.output_tokens_per_s", value: busySeconds > 0 ? Double(tokens.value) / busySeconds : 0,
                        unit: "tokens/s", goal: nil),
            BenchFigure(name: "llm.local.valid_json", value: latencies.isEmpty ? 0 : 100 * Double(valid.value) / Double(latencies.count),
                        unit: "% of answers", goal: "100"),
            BenchFigure(name: "llm.local.failures", value: Double(failures), unit: "count", goal: "0"),
        ]
    }

    /// Runs `count` calls with `inflight` workers; returns successful latencies (ms), failures and wall seconds.
    private static func drive(count: Int, inflight: Int,
                              call: @escaping @Sendable () async -> Bool) async -> ([Double], Int, Double) {
        let next = Tally()
        let start = ContinuousClock.now
        let results = await withTaskGroup(of: ([Double], Int).self) { group in
            for _ in 0..<inflight {
                group.addTask {
                    var latencies: [Double] = []
                    var failures = 0
                    while next.add(1) <= count {
                        let t0 = ContinuousClock.now
                        if await call() { latencies.append(milliseconds(ContinuousClock.now - t0)) } else { failures += 1 }
                    }
                    return (latencies, failures)
                }
            }
            return await group.reduce(into: ([Double](), 0)) { $0.0 += $1.0; $0.1 += $1.1 }
        }
        return (results.0, results.1, milliseconds(ContinuousClock.now - start) / 1000)
    }

    private static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    private static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    /// A decision request constrained by grammar (llama.cpp) or schema, as the AI players will send it.
    private static func decisionRequest() -> ChatRequest {
        let schema: JSONValue = [
            "type": "object", "additionalProperties": false, "required": ["action", "raise_to", "inner_monologue"],
            "properties": [
                "action": ["type": "string", "enum": ["fold", "check", "call", "raise"]],
                "raise_to": ["type": "integer", "minimum": 0, "maximum": 9999],
                "inner_monologue": ["type": "string", "maxLength": 60],
            ],
        ]
        return ChatRequest(
            messages: [.system("You are a poker player. Answer with JSON only."),
                       .user("No-limit hold'em, blinds 10/20. You hold A♠ K♦ on the button; a player raised to 60. "
                             + "Pot 90, 40 to call, stack 1500. Legal: fold, call, raise to 120-1500. Decide.")],
            callType: .experiment, maxTokens: 120, temperature: 0.7,
            responseSchema: ResponseSchema(name: "decision", schema: schema, grammar: decisionGrammar), timeout: .seconds(20))
    }

    /// GBNF that ties `raise_to` to `action` (shared/docs/TOOLCHAIN.md §6: 10/10 valid and consistent).
    static let decisionGrammar = #"""
    root ::= "{\"action\": " ( passive ", \"raise_to\": 0" | "\"raise\", \"raise_to\": " amount ) ", \"inner_monologue\": " str "}"
    passive ::= "\"fold\"" | "\"check\"" | "\"call\""
    amount ::= [1-9] [0-9]{1,3}
    str ::= "\"" [a-zA-Z0-9 ,.'!?-]{1,60} "\""
    """#
}

/// A thread-safe counter.
private final class Tally: Sendable {
    private let count = Mutex(0)
    /// Adds `n` and returns the new total.
    @discardableResult func add(_ n: Int) -> Int { count.withLock { $0 += n; return $0 } }
    var value: Int { count.withLock { $0 } }
}
