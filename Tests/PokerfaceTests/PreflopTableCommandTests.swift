import Foundation
import PokerTestSupport
import Testing

/// `pokerface preflop-table` end to end, its cache always in a temporary folder: where the file
/// goes, a damaged file refused and replaced by a generated table, which the next run reads back.
@Suite struct PreflopTableCommandTests {
    let binary = TestPaths.product("pokerface")

    func run(_ arguments: [String], environment: [String: String], unset: [String] = []) throws -> Shell.Output {
        let command = (["env"] + unset.flatMap { ["-u", $0] } + [binary] + arguments).map(Shell.quote).joined(separator: " ")
        return try Shell.run(command, environment: environment)
    }

    @Test func cacheFolderFollowsTheEnvironment() throws {
        let own = try run(["preflop-table", "--path"],
                          environment: ["POKERFACE_CACHE_DIR": "/tmp/pf-own", "XDG_CACHE_HOME": "/tmp/pf-xdg"])
        #expect(own.status == 0)
        #expect(own.text.trimmingCharacters(in: .whitespacesAndNewlines) == "/tmp/pf-own/preflop-equity-v1.bin")
        let xdg = try run(["preflop-table", "--path"], environment: ["XDG_CACHE_HOME": "/tmp/pf-xdg"],
                          unset: ["POKERFACE_CACHE_DIR"])
        #expect(xdg.text.trimmingCharacters(in: .whitespacesAndNewlines) == "/tmp/pf-xdg/pokerface/preflop-equity-v1.bin")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/pf-own") && !FileManager.default.fileExists(atPath: "/tmp/pf-xdg"))
    }

    /// Generates the whole table once (about half a minute of CPU time in a debug build).
    @Test func damagedFileIsRegeneratedThenReadBack() throws {
        let dir = try TestPaths.temporaryDirectory("preflop-cache")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("preflop-equity-v1.bin")
        try Data("PFPT damaged".utf8).write(to: file)
        let environment = ["POKERFACE_CACHE_DIR": dir.path]

        let first = try run(["preflop-table", "--threads", "2"], environment: environment)
        #expect(first.status == 0, "\(first.text)")
        #expect(first.text.contains("preflop table refused, regenerating: \(file.path): not a preflop equity table"))
        #expect(first.text.contains("Generated 93769 matchups"))
        #expect(first.text.contains("AsAh vs KdKc 81.255 %"))
        let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int
        #expect(size == 750_168)

        let second = try run(["preflop-table"], environment: environment)
        #expect(second.status == 0, "\(second.text)")
        #expect(second.text.contains("Read 93769 matchups from \(file.path)"))
        #expect(!second.text.contains("Generated"))
        #expect(second.text.contains("AsAh vs KdKc 81.255 %"))
    }

    @Test func badThreadCountIsRefused() throws {
        let output = try run(["preflop-table", "--threads", "0"], environment: [:])
        #expect(output.status != 0)
        #expect(output.text.contains("--threads must be at least 1"))
    }
}
