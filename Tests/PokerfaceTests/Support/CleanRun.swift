import Foundation
import PokerTestSupport

/// Runs the real `pokerface` with only the variables a test gives it (`env -i`): a private home,
/// config and data folder under `home`, plus `extra` (keys, base URLs).
struct CleanRun {
    let home: URL
    var extra: [String: String] = [:]

    var environment: [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
         "XDG_DATA_HOME": home.appendingPathComponent("data").path].merging(extra) { $1 }
    }

    /// `pokerface ARGUMENTS`, waited for; output and errors together.
    func callAsFunction(_ arguments: [String]) throws -> Shell.Output {
        let assignments = environment.sorted { $0.key < $1.key }.map { Shell.quote("\($0.key)=\($0.value)") }
        return try Shell.run("env -i " + assignments.joined(separator: " ") + " "
                             + ([TestPaths.product("pokerface")] + arguments).map(Shell.quote).joined(separator: " ")
                             + " < /dev/null 2>&1")
    }
}
