import Foundation
import Glibc
import LLMClient
import PokerTestSupport

/// The python fake provider (`scripts/fake_llm_server.py`) on 127.0.0.1, one per test process,
/// started on first use and stopped when the process ends (`--parent-pid`).
actor FakeServer {
    static let shared = FakeServer()

    private var starting: Task<String, any Error>?
    let transport = CurlTransport.shared

    /// The server's root URL, starting it if needed (once, however many tests ask at the same time).
    func root() async throws -> String {
        if let starting { return try await starting.value }
        let task = Task { try await Self.start(transport: transport) }
        starting = task
        return try await task.value
    }

    private static func start(transport: CurlTransport) async throws -> String {
        let dir = FileManager.default.temporaryDirectory.path
        let tag = "fake-llm-lab-\(getpid())-\(UUID().uuidString.prefix(8))"
        let portFile = dir + "/" + tag + ".port"
        let script = TestPaths.packageRoot.appendingPathComponent("scripts/fake_llm_server.py").path
        let pid = try spawnDetached(["python3", script, "--port-file", portFile, "--parent-pid", String(getpid())],
                                    logPath: dir + "/" + tag + ".log")
        defer { unlink(portFile) }
        // Python may start slowly on a busy machine: wait for the port file and a healthy answer,
        // for as long as a generous deadline allows.
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .seconds(120))
        while clock.now < deadline {
            if let text = try? String(contentsOfFile: portFile, encoding: .utf8), let port = Int(text) {
                let url = "http://127.0.0.1:\(port)"
                if let health = try? await transport.send(HTTPRequest(url: url + "/health", method: .get,
                                                                      totalTimeout: .seconds(10), maxResponseBytes: 256 << 20)),
                   health.status == 200 {
                    return url
                }
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        terminate(pid)
        throw FakeServerError.didNotStart
    }

    /// Scripts scenario `name` with `steps` and returns its OpenAI-dialect base URL.
    func script(_ name: String, _ steps: [JSONValue]) async throws -> String {
        let root = try await root()
        let body: JSONValue = ["steps": .array(steps)]
        let response = try await transport.send(HTTPRequest(url: root + "/_scenario/" + name, body: body.encoded()))
        guard response.status == 200 else { throw FakeServerError.scriptRejected }
        return root + "/s/" + name + "/v1"
    }

    /// How many requests scenario `name` received.
    func requestCount(_ name: String) async throws -> Int {
        let root = try await root()
        let response = try await transport.send(HTTPRequest(url: root + "/_scenario/" + name, method: .get,
                                                            totalTimeout: .seconds(10), maxResponseBytes: 256 << 20))
        return try JSONValue.parse(response.body)["count"]?.intValue ?? 0
    }
}

enum FakeServerError: Error { case didNotStart, scriptRejected }

extension FakeServer {
    /// The request bodies scenario `name` received, oldest first.
    func requestBodies(_ name: String) async throws -> [String] {
        let root = try await root()
        let response = try await transport.send(HTTPRequest(url: root + "/_scenario/" + name, method: .get,
                                                            totalTimeout: .seconds(10), maxResponseBytes: 256 << 20))
        let requests = try JSONValue.parse(response.body)["requests"]?.arrayValue ?? []
        return requests.map { request in
            if let text = request["body"]?.stringValue { return text }
            return String(decoding: (request["body"] ?? .null).encoded(), as: UTF8.self)
        }
    }
}
