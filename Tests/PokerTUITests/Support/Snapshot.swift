import Foundation
import Testing

/// `Tests/PokerTUITests/__Snapshots__`, found from this file's own path so it works from any
/// working directory.
private let snapshotDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("__Snapshots__")

/// Compares `text` with the committed snapshot `__Snapshots__/<name>.txt`.
///
/// With `RECORD_SNAPSHOTS=1` in the environment the file is (re)written instead and the test
/// passes; review the diff and commit it. A missing snapshot fails with the command that records it.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = snapshotDirectory.appendingPathComponent(name + ".txt")
    let actual = text + "\n"
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: snapshotDirectory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not record snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(
            """
            No snapshot named "\(name)" at \(url.path).
            Record it with: RECORD_SNAPSHOTS=1 swift test --filter PokerTUITests
            then review the new file and commit it. The screen was:
            \(actual)
            """,
            sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var differences: [String] = []
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let want = index < expectedLines.count ? String(expectedLines[index]) : "<no line>"
        let got = index < actualLines.count ? String(actualLines[index]) : "<no line>"
        if want != got { differences.append("line \(index + 1):\n  expected |\(want)|\n  actual   |\(got)|") }
    }
    Issue.record(
        """
        Snapshot "\(name)" differs (\(differences.count) lines). If the change is intended, re-record with \
        RECORD_SNAPSHOTS=1 swift test --filter PokerTUITests and commit the file.
        \(differences.prefix(12).joined(separator: "\n"))
        """,
        sourceLocation: sourceLocation)
}
