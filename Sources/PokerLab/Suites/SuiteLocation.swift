import Foundation
import PokerAI

/// Where the bundled scenario suites are: `$POKERFACE_SUITES_DIR`, else `suites/` in the
/// ``DataDirectory`` (installed, then the checkout, then `$POKERFACE_DATA_DIR`).
public enum SuiteLocation {
    public static let variable = "POKERFACE_SUITES_DIR"

    /// The bundled directory.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment,
                                 executable: URL? = Bundle.main.executableURL) -> URL {
        if let explicit = environment[variable], !explicit.isEmpty { return URL(fileURLWithPath: explicit, isDirectory: true) }
        return DataDirectory.locate(environment: environment, executable: executable).folder("suites")
    }

    /// The starter suite's file.
    public static func starter(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        directory(environment: environment).appendingPathComponent("starter.json")
    }
}
