import Foundation
import LLMClient
#if canImport(Glibc)
import Glibc
#endif

/// The scripted fake LLM provider (`scripts/fake_llm_server.py`) on 127.0.0.1: real HTTP, the
/// OpenAI, Anthropic and Gemini dialects, per-scenario scripted answers. The one launcher every
/// test target uses; `shared()` gives one server per test process (scenario names keep tests apart).
public final class FakeLLMServer: Sendable {
    public let port: Int
    let pid: pid_t
    private let transport = CurlTransport.shared

    init(port: Int, pid: pid_t) {
        self.port = port
        self.pid = pid
    }

    /// Starts a server of its own on a free port and waits until it answers `/health` (it exits by
    /// itself if the test process dies). Stop it with `stop()`.
    public static func start() async throws -> FakeLLMServer {
        let dir = try TestPaths.temporaryDirectory("fake-llm")
        let portFile = dir.appendingPathComponent("port").path
        let script = TestPaths.packageRoot.appendingPathComponent("scripts/fake_llm_server.py").path
        let pid = try Shell.spawn(["/usr/bin/env", "python3", script, "--port", "0", "--port-file", portFile,
                                   "--parent-pid", String(getpid())],
                                  outputPath: dir.appendingPathComponent("log").path)
        var server: FakeLLMServer?
        do {
            try await Poll.until("the fake LLM server to answer /health (log: \(dir.path)/log)") {
                if server == nil, let text = try? String(contentsOfFile: portFile, encoding: .utf8),
                   let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)), port > 0 {
                    server = FakeLLMServer(port: port, pid: pid)
                }
                guard let server else { return false }
                return (try? await server.get("/health")) != nil
            }
        } catch {
            Shell.terminate(pid)
            throw error
        }
        guard let server else { throw Poll.TimedOut(what: "the fake LLM server's port", timeout: .zero) }
        return server
    }

    /// The server shared by every test of this process, started on first use.
    public static func shared() async throws -> FakeLLMServer { try await SharedServer.instance.server() }

    /// Stops the server and reaps it.
    public func stop() { Shell.terminate(pid) }

    /// `http://127.0.0.1:<port>`.
    public var root: String { "http://127.0.0.1:\(port)" }

    /// The base URL that plays `scenario` (`/v1`, or `/v1beta` for Gemini).
    public func baseURL(_ scenario: String, gemini: Bool = false) -> String {
        root + "/s/" + scenario + (gemini ? "/v1beta" : "/v1")
    }

    /// Scripts `scenario` with `steps` (see the script's documentation) and returns its base URL.
    @discardableResult
    public func script(_ scenario: String, _ steps: [JSONValue], gemini: Bool = false) async throws -> String {
        let body: JSONValue = ["steps": .array(steps)]
        let response = try await transport.send(HTTPRequest(url: root + "/_scenario/" + scenario, body: body.encoded(),
                                                            totalTimeout: .seconds(30)))
        guard response.status == 200 else { throw FakeLLMServerError.scriptRejected(scenario) }
        return baseURL(scenario, gemini: gemini)
    }

    /// Scripts `scenario` with `stepsJSON`, a JSON array of steps as text (see `step(content:)`).
    @discardableResult
    public func script(_ scenario: String, stepsJSON: String) async throws -> String {
        guard let steps = try JSONValue.parse(Data(stepsJSON.utf8)).arrayValue else {
            throw FakeLLMServerError.scriptRejected(scenario)
        }
        return try await script(scenario, steps)
    }

    /// Lets the held streams of `scenario` (`hold_after`) go on.
    public func release(_ scenario: String) async throws {
        let response = try await transport.send(HTTPRequest(url: root + "/_scenario/" + scenario + "/release",
                                                            totalTimeout: .seconds(30)))
        guard response.status == 200 else { throw FakeLLMServerError.scriptRejected(scenario) }
    }

    /// The requests `scenario` received: `{"path", "headers", "body"}` each, oldest first.
    public func requests(_ scenario: String) async throws -> [JSONValue] {
        try await get("/_scenario/" + scenario)["requests"]?.arrayValue ?? []
    }

    /// How many requests `scenario` received.
    public func requestCount(_ scenario: String) async throws -> Int {
        try await get("/_scenario/" + scenario)["count"]?.intValue ?? 0
    }

    /// The request bodies `scenario` received, as text, oldest first.
    public func requestBodies(_ scenario: String) async throws -> [String] {
        try await requests(scenario).map { request in
            request["body"]?.stringValue ?? String(decoding: (request["body"] ?? .null).encoded(), as: UTF8.self)
        }
    }

    /// Everything `scenario` received as one JSON text (for "does any request mention …" checks).
    public func requestsText(_ scenario: String) async throws -> String {
        String(decoding: JSONValue.array(try await requests(scenario)).encoded(), as: UTF8.self)
    }

    /// Waits until `scenario` has received `count` requests.
    public func waitForRequests(_ scenario: String, count: Int, timeout: Duration = .seconds(60)) async throws {
        try await Poll.until("\(count) requests in scenario \(scenario)", timeout: timeout, interval: .milliseconds(20)) {
            try await requestCount(scenario) >= count
        }
    }

    private func get(_ path: String) async throws -> JSONValue {
        let response = try await transport.send(HTTPRequest(url: root + path, method: .get, totalTimeout: .seconds(30),
                                                            maxResponseBytes: 256 << 20))
        return try JSONValue.parse(response.body)
    }

    /// A JSON step whose assistant content is `content`.
    public static func step(content: String, delayMs: Int = 0, fence: Bool = false) -> String {
        let step: JSONValue = ["content": .string(content), "delay_ms": .int(delayMs), "fence": .bool(fence)]
        return String(decoding: step.encoded(), as: UTF8.self)
    }
}

/// Why the fake server refused a control call.
public enum FakeLLMServerError: Error { case scriptRejected(String) }

/// Starts the shared server once, however many tests ask at the same time.
actor SharedServer {
    static let instance = SharedServer()
    private var starting: Task<FakeLLMServer, any Error>?

    func server() async throws -> FakeLLMServer {
        if let starting { return try await starting.value }
        let task = Task { try await FakeLLMServer.start() }
        starting = task
        return try await task.value
    }
}
