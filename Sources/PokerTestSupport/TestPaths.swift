import Foundation

/// Where things are when tests run from a checkout.
public enum TestPaths {
    /// The package root (the folder holding Package.swift), found from this file's location.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/oracles` in the checkout: outside facts (PHH hands, exact equities) copied in
    /// with their licence notice, so a clone with nothing beside it runs every test.
    public static let oracles = packageRoot.appendingPathComponent("Tests/Fixtures/oracles")

    /// Built products sit next to the test bundle: `.build/<triple>/<config>/`.
    public static func product(_ name: String) -> String {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        if dir.lastPathComponent.hasSuffix(".xctest") { dir = dir.deletingLastPathComponent() }
        let candidate = dir.appendingPathComponent(name).path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        // `swift test` may run the bundle from elsewhere: fall back to the debug build folder.
        return packageRoot.appendingPathComponent(".build/debug/\(name)").path
    }

    /// The PokerKit venv's python (`make venv`), or nil when it is not installed.
    public static var pokerKitPython: String? {
        if let env = ProcessInfo.processInfo.environment["POKERKIT_PYTHON"] { return env }
        let path = packageRoot.appendingPathComponent(".venv-pokerkit/bin/python").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// A fresh temporary directory, removed by the caller.
    public static func temporaryDirectory(_ label: String = "pokerface") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
