import Foundation
import PokerTestSupport
import Testing

/// A private home and database for running the real `pokerface` binary, with its output kept as
/// bytes so tests can look for raw control characters.
struct OutputSandbox {
    /// One text carrying everything a terminal could act on: an OSC retitle ended by BEL, a colour
    /// escape, a carriage return, an 8-bit CSI (`U+009B`) and a right-to-left override (`U+202E`).
    static let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[31mRed\rBack\u{9B}2J\u{202E}drow"
    /// The same text as JSON escapes (for planting it in JSON columns and files).
    static let hostileJSONEscaped = #"\u001b]0;pwned\u0007\u001b[31mRed\rBack\u009b2J\u202edrow"#
    /// The byte patterns that must never appear in output: ESC, BEL, CR, U+009B, U+202E.
    static let forbidden: [(name: String, bytes: [UInt8])] = [
        ("ESC", [0x1B]), ("BEL", [0x07]), ("CR", [0x0D]), ("U+009B", [0xC2, 0x9B]), ("U+202E", [0xE2, 0x80, 0xAE]),
    ]
    /// A key the fake server echoes back; it must never be printed or stored.
    static let key = "sk-e2e-SENTINEL-key-0123456789abcdef"

    let home: URL
    var db: String { home.appendingPathComponent("data/games.sqlite").path }
    var personalities: URL { home.appendingPathComponent("config/pokerface/personalities") }

    init() throws {
        home = try TestPaths.temporaryDirectory("pokerface-untrusted")
        try FileManager.default.createDirectory(at: personalities, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: home) }

    /// Runs `pokerface ARGUMENTS` (already shell-quoted) and returns its exit status and its
    /// standard output and error, as bytes.
    @discardableResult
    func run(_ arguments: String, environment: [String: String] = [:], database: Bool = true) throws -> (status: Int32, output: Data) {
        let outPath = home.appendingPathComponent("out-\(UUID().uuidString)").path
        defer { unlink(outPath) }
        var env = "env -u OPENAI_API_KEY -u ANTHROPIC_API_KEY -u GEMINI_API_KEY -u POKERFACE_PROVIDER -u OPENAI_BASE_URL "
            + "HOME=\(Shell.quote(home.path)) XDG_CONFIG_HOME=\(Shell.quote(home.appendingPathComponent("config").path)) "
            + "XDG_DATA_HOME=\(Shell.quote(home.appendingPathComponent("data").path)) "
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) { env += "\(name)=\(Shell.quote(value)) " }
        let command = env + Shell.quote(TestPaths.product("pokerface")) + " " + arguments
            + (database ? " --db \(Shell.quote(db))" : "") + " < /dev/null > \(Shell.quote(outPath)) 2>&1"
        let result = try Shell.run(command)
        return (result.status, FileManager.default.contents(atPath: outPath) ?? Data())
    }

    /// Records an issue for every forbidden byte pattern (and the key) found in `output`.
    static func expectClean(_ output: Data, _ command: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = [UInt8](output)
        for (name, pattern) in forbidden {
            #expect(!contains(bytes, pattern), "`\(command)` printed \(name) raw: \(String(decoding: output, as: UTF8.self).debugDescription)",
                    sourceLocation: sourceLocation)
        }
        #expect(!contains(bytes, Array(key.utf8)), "`\(command)` printed the API key", sourceLocation: sourceLocation)
    }

    static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard bytes.count >= pattern.count else { return false }
        return (0...(bytes.count - pattern.count)).contains { start in bytes[start..<(start + pattern.count)].elementsEqual(pattern) }
    }

    /// `text` as a JSON string literal (quotes included).
    static func jsonString(_ text: String) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: [text], options: [.fragmentsAllowed]), as: UTF8.self)
            .dropFirst().dropLast().description
    }
}
