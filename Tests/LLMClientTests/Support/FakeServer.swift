import Foundation
import Glibc
import LLMClient
import Testing

/// The python fake provider (`scripts/fake_llm_server.py`), one process per suite that asks for it.
final class FakeServer: Sendable {
    @TaskLocal static var current: FakeServer?

    let port: Int
    let pid: pid_t
    let transport = CurlTransport.shared

    private init(port: Int, pid: pid_t) {
        self.port = port
        self.pid = pid
    }

    /// The repository's scripts folder, found from this source file's path.
    static let scriptPath: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }   // Support, LLMClientTests, Tests -> package root
        return url.appendingPathComponent("scripts/fake_llm_server.py").path
    }()

    /// Starts a server on a free port and waits until it answers /health.
    static func start() async throws -> FakeServer {
        let dir = FileManager.default.temporaryDirectory.path
        let tag = "fake-llm-\(getpid())-\(UUID().uuidString.prefix(8))"
        let portFile = dir + "/" + tag + ".port"
        let pid = try spawnDetached(
            ["python3", scriptPath, "--port-file", portFile, "--parent-pid", String(getpid())],
            logPath: dir + "/" + tag + ".log")
        defer { unlink(portFile) }
        for _ in 0..<300 {
            if let text = try? String(contentsOfFile: portFile, encoding: .utf8), let port = Int(text) {
                let server = FakeServer(port: port, pid: pid)
                if (try? await server.get("/health")) != nil { return server }
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        terminate(pid)
        throw FakeServerError.didNotStart
    }

    func stop() { terminate(pid) }

    var root: String { "http://127.0.0.1:\(port)" }

    /// Scripts scenario `name` and returns its base URL for the dialect (`/v1`, or `/v1beta` for Gemini).
    func script(_ name: String, _ steps: [JSONValue], gemini: Bool = false) async throws -> String {
        let body: JSONValue = ["steps": .array(steps)]
        let response = try await transport.send(HTTPRequest(url: root + "/_scenario/" + name, body: body.encoded()))
        guard response.status == 200 else { throw FakeServerError.scriptRejected }
        return root + "/s/" + name + (gemini ? "/v1beta" : "/v1")
    }

    /// The requests scenario `name` received.
    func requests(_ name: String) async throws -> [JSONValue] {
        try await get("/_scenario/" + name)["requests"]?.arrayValue ?? []
    }

    private func get(_ path: String) async throws -> JSONValue {
        let response = try await transport.send(HTTPRequest(url: root + path, method: .get, totalTimeout: .seconds(2)))
        return try JSONValue.parse(response.body)
    }
}

enum FakeServerError: Error { case didNotStart, scriptRejected }

/// Starts one fake server around a whole suite and stops it afterwards.
struct FakeServerTrait: SuiteTrait, TestScoping {
    var isRecursive: Bool { false }

    func provideScope(for test: Test, testCase: Test.Case?,
                      performing function: @Sendable () async throws -> Void) async throws {
        let server = try await FakeServer.start()
        defer { server.stop() }
        try await FakeServer.$current.withValue(server) { try await function() }
    }
}

extension Trait where Self == FakeServerTrait {
    /// Runs the suite with `FakeServer.current` set.
    static var fakeServer: Self { Self() }
}
