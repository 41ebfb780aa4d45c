import Foundation
import Glibc
import LLMClient

/// The python fake provider as a child process of the bench.
struct FakeProviderProcess {
    let process: Process
    let port: Int

    static func start(script: String) async -> FakeProviderProcess? {
        guard FileManager.default.fileExists(atPath: script) else { return nil }
        let portFile = FileManager.default.temporaryDirectory.appendingPathComponent("pokerface-bench-\(UUID()).port").path
        defer { try? FileManager.default.removeItem(atPath: portFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "--port-file", portFile,
                             "--parent-pid", String(ProcessInfo.processInfo.processIdentifier)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        for _ in 0..<250 {
            if let text = try? String(contentsOfFile: portFile, encoding: .utf8), let port = Int(text) {
                return FakeProviderProcess(process: process, port: port)
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
        process.terminate()
        return nil
    }

    /// Scripts a scenario whose every answer waits `delayMs`; returns its base URL.
    func scenario(_ name: String, delayMs: Int) async -> String {
        let script: JSONValue = ["steps": [["delay_ms": .int(delayMs)]]]
        _ = try? await CurlTransport.shared.send(HTTPRequest(url: "http://127.0.0.1:\(port)/_scenario/\(name)", body: script.encoded()))
        return "http://127.0.0.1:\(port)/s/\(name)/v1"
    }

    /// SIGTERM, then SIGKILL if the child is still there after two seconds.
    func stop() {
        process.terminate()
        for _ in 0..<100 where process.isRunning { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
