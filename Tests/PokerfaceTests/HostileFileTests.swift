import Foundation
import PokerTestSupport
import Testing

/// Hostile files given to the real binary: each is one error line naming the file and the line,
/// exit 1 — never an abort (a `[[[` file used to kill the process with exit 134).
@Suite struct HostileFileTests {
    @Test(arguments: [
        ("x.phh", "hh replay", "[[[", 1), ("x.phhs", "hh replay", "[1]\nvariant = \"NT\"\n[[[", 3),
        ("x.toml", "experiment run", "[[[", 1), ("x.toml", "experiment run", "name = \"a\"\n[[seats]\n", 2),
    ])
    func malformedTOMLIsOneClearError(name: String, command: String, text: String, line: Int) throws {
        let home = try TestPaths.temporaryDirectory("pokerface-hostile")
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent(name).path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let db = Shell.quote(home.appendingPathComponent("x.sqlite").path)
        let extra = command == "experiment run" ? " --db \(db)" : ""
        let result = try CommandLineTests.run("\(command) \(Shell.quote(file))\(extra)", home: home)
        #expect(result.status == 1, "\(result.text)")
        #expect(result.text.contains(file), "\(result.text)")
        #expect(result.text.contains("line \(line)"), "\(result.text)")
        #expect(!result.text.contains("Fatal error") && !result.text.contains("Assertion"), "\(result.text)")
    }
}
