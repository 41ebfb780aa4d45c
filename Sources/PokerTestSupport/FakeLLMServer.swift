import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The scripted fake LLM provider (`scripts/fake_llm_server.py`) running on 127.0.0.1 for a
/// test: real HTTP, OpenAI/Anthropic/Gemini dialects, per-scenario scripted answers.
public final class FakeLLMServer: Sendable {
    public let port: Int
    let pid: pid_t

    init(port: Int, pid: pid_t) {
        self.port = port
        self.pid = pid
    }

    /// Starts a server on a free port (it exits by itself if the test process dies).
    public static func start() throws -> FakeLLMServer {
        let dir = try TestPaths.temporaryDirectory("fake-llm")
        let portFile = dir.appendingPathComponent("port").path
        let script = TestPaths.packageRoot.appendingPathComponent("scripts/fake_llm_server.py").path
        let pid = try Shell.spawn(["/usr/bin/env", "python3", script, "--port", "0", "--port-file", portFile,
                                   "--parent-pid", String(getpid())],
                                  outputPath: dir.appendingPathComponent("log").path)
        // Python may start slowly on a busy machine: wait for the port file until a generous deadline.
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .seconds(120))
        while clock.now < deadline {
            if let text = try? String(contentsOfFile: portFile, encoding: .utf8),
               let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)), port > 0 {
                return FakeLLMServer(port: port, pid: pid)
            }
            usleep(25_000)
        }
        kill(pid, SIGKILL)
        throw POSIXError(.ETIMEDOUT)
    }

    public func stop() {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    /// Scripts `scenario` with `stepsJSON` (a JSON array of steps, see the script's doc) and
    /// returns the OpenAI-dialect base URL that plays it.
    public func script(_ scenario: String, stepsJSON: String) throws -> String {
        let body = "{\"steps\": \(stepsJSON)}"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("steps-\(UUID().uuidString).json")
        try body.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Shell.run("curl -sf -X POST -H 'Content-Type: application/json' --data-binary @\(Shell.quote(file.path)) "
            + "http://127.0.0.1:\(port)/_scenario/\(scenario)")
        guard result.status == 0 else { throw POSIXError(.EIO) }
        return baseURL(scenario)
    }

    public func baseURL(_ scenario: String) -> String { "http://127.0.0.1:\(port)/s/\(scenario)/v1" }

    /// What the scenario received, as JSON text (`{"count": n, "requests": [...]}`).
    public func requests(_ scenario: String) throws -> String {
        try Shell.run("curl -sf http://127.0.0.1:\(port)/_scenario/\(scenario)").text
    }

    /// A JSON step whose assistant content is `content` (a JSON-encoded string is built here).
    public static func step(content: String, delayMs: Int = 0, fence: Bool = false) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [content], options: [.fragmentsAllowed])) ?? Data()
        let quoted = String(decoding: data, as: UTF8.self).dropFirst().dropLast()
        return "{\"content\": \(quoted), \"delay_ms\": \(delayMs), \"fence\": \(fence)}"
    }
}
