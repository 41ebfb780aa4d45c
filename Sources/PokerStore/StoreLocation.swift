import Foundation

/// Where the database lives: `$XDG_DATA_HOME/pokerface/pokerface.sqlite`, with the XDG default
/// `~/.local/share` when `XDG_DATA_HOME` is unset, empty or relative (as the XDG spec says).
public enum StoreLocation {
    public static let directoryName = "pokerface"
    public static let fileName = "pokerface.sqlite"

    /// The default database path for `environment` (the process environment by default).
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = (home as NSString).appendingPathComponent(".local/share")
        }
        return ((base as NSString).appendingPathComponent(directoryName) as NSString).appendingPathComponent(fileName)
    }
}
