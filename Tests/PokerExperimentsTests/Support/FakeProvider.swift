import Foundation
import Glibc
import LLMClient
import PokerExperiments
import PokerTestSupport

/// The python fake provider (`scripts/fake_llm_server.py`) as a child of the test process.
final class FakeProvider: Sendable {
    let port: Int
    let pid: pid_t

    private init(port: Int, pid: pid_t) {
        self.port = port
        self.pid = pid
    }

    /// Starts the server on a free port and waits until it answers.
    static func start() async throws -> FakeProvider {
        let dir = FileManager.default.temporaryDirectory.path
        let tag = "exp-fake-llm-\(getpid())-\(UUID().uuidString.prefix(8))"
        let portFile = dir + "/" + tag + ".port"
        let script = TestPaths.packageRoot.appendingPathComponent("scripts/fake_llm_server.py").path
        let pid = try Shell.spawn(["/usr/bin/env", "python3", script, "--port-file", portFile, "--parent-pid", String(getpid())],
                                  outputPath: dir + "/" + tag + ".log")
        defer { unlink(portFile) }
        for _ in 0..<500 {
            if let text = try? String(contentsOfFile: portFile, encoding: .utf8), let port = Int(text) {
                return FakeProvider(port: port, pid: pid)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        kill(pid, SIGKILL)
        throw FakeProviderError.didNotStart
    }

    func stop() {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        _ = waitpid(pid, &status, 0)
    }

    /// Scripts scenario `name` (every request waits `delayMs`, or plays `steps`) and returns its base URL.
    func scenario(_ name: String, delayMs: Int = 0, steps: [JSONValue]? = nil) async throws -> String {
        let body: JSONValue = ["steps": .array(steps ?? [["delay_ms": .int(delayMs)]])]
        let response = try await CurlTransport.shared.send(HTTPRequest(url: "http://127.0.0.1:\(port)/_scenario/\(name)",
                                                                       body: body.encoded(), totalTimeout: .seconds(5)))
        guard response.status == 200 else { throw FakeProviderError.scriptRejected }
        return "http://127.0.0.1:\(port)/s/\(name)/v1"
    }

    /// How many requests scenario `name` received.
    func requestCount(_ name: String) async throws -> Int {
        let response = try await CurlTransport.shared.send(HTTPRequest(url: "http://127.0.0.1:\(port)/_scenario/\(name)",
                                                                       method: .get, totalTimeout: .seconds(5)))
        return try JSONValue.parse(response.body)["count"]?.intValue ?? 0
    }

    /// An LLM setup that gives every seat a test key (no environment needed).
    static let setup = LLMSetup(resolve: { provider, model, baseURL in
        LLMConfig(provider: provider, model: model, baseURL: baseURL, apiKey: APIKey("sk-test-not-a-key"), connectTimeout: .seconds(5))
    }, retryPolicy: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(50), maxDelay: .milliseconds(200)))
}

enum FakeProviderError: Error { case didNotStart, scriptRejected }
