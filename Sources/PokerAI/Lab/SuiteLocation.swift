import Foundation

/// Where the bundled scenario suites are: `$POKERFACE_SUITES_DIR`, else the first `suites/`
/// folder walking up from the executable (a checkout's build), else the installed copy.
public enum SuiteLocation {
    public static let variable = "POKERFACE_SUITES_DIR"
    public static let installedPath = "/usr/local/share/pokerface/suites"

    /// The bundled directory.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment,
                                 executable: URL? = Bundle.main.executableURL) -> URL {
        if let explicit = environment[variable], !explicit.isEmpty { return URL(fileURLWithPath: explicit, isDirectory: true) }
        if let executable {
            var directory = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            while true {
                let candidate = directory.appendingPathComponent("suites", isDirectory: true)
                if PersonalityDirectories.isDirectory(candidate) { return candidate }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return URL(fileURLWithPath: installedPath, isDirectory: true)
    }

    /// The starter suite's file.
    public static func starter(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        directory(environment: environment).appendingPathComponent("starter.json")
    }
}
