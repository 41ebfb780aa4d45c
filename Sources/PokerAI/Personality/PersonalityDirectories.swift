import Foundation

/// Where personality files live. The bundled directory ships with the game; the user directory
/// holds the player's own characters, which add to or override bundled ones.
public enum PersonalityDirectories {
    /// Environment variable naming the bundled directory explicitly.
    public static let bundledVariable = "POKERFACE_PERSONALITIES_DIR"
    /// Where an installed copy keeps its bundled characters.
    public static let installedPath = "/usr/local/share/pokerface/personalities"

    /// The bundled directory: `$POKERFACE_PERSONALITIES_DIR` if set; else the first
    /// `personalities/` folder found walking up from the executable's directory (so
    /// `.build/release/pokerface` finds the one at the repository root); else ``installedPath``.
    public static func bundled(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = Bundle.main.executableURL,
        isDirectory: (URL) -> Bool = Self.isDirectory
    ) -> URL {
        if let explicit = environment[bundledVariable], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, isDirectory: true)
        }
        if let executable {
            var directory = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            while true {
                let candidate = directory.appendingPathComponent("personalities", isDirectory: true)
                if isDirectory(candidate) { return candidate }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return URL(fileURLWithPath: installedPath, isDirectory: true)
    }

    /// The user directory: `$XDG_CONFIG_HOME/pokerface/personalities`, with `XDG_CONFIG_HOME`
    /// defaulting to `~/.config` when unset or not absolute (as the XDG spec says). `~` is `$HOME`,
    /// else the account's home directory.
    public static func user(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0, isDirectory: true) : nil }
            ?? FileManager.default.homeDirectoryForCurrentUser
        let configHome: URL
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            configHome = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            configHome = home.appendingPathComponent(".config", isDirectory: true)
        }
        return configHome.appendingPathComponent("pokerface/personalities", isDirectory: true)
    }

    /// Bundled then user: the order to load them in, so user files win.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        [bundled(environment: environment), user(environment: environment)]
    }

    /// Whether a directory exists at `url`.
    public static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }
}
