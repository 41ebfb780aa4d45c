import Foundation

/// Where personality files live. The bundled directory ships with the game (see ``DataDirectory``);
/// the user directory holds the player's own characters, which add to or override bundled ones.
public enum PersonalityDirectories {
    /// Environment variable naming the bundled directory explicitly (wins over ``DataDirectory``).
    public static let bundledVariable = "POKERFACE_PERSONALITIES_DIR"

    /// The bundled directory: `$POKERFACE_PERSONALITIES_DIR` if set; else `personalities/` in the
    /// ``DataDirectory`` (installed, then the checkout, then `$POKERFACE_DATA_DIR`); else where an
    /// installed copy would keep it (and ``DataDirectory/searched`` says where it looked).
    public static func bundled(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = Bundle.main.executableURL,
        checkout: URL = DataDirectory.builtFrom,
        isDirectory: (URL) -> Bool = Self.isDirectory
    ) -> URL {
        if let explicit = environment[bundledVariable], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, isDirectory: true)
        }
        return DataDirectory.locate(environment: environment, executable: executable, checkout: checkout,
                                    isDirectory: isDirectory).folder("personalities")
    }

    /// Where the bundled characters were looked for, for a message when they are missing.
    public static func bundledSearch(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment[bundledVariable], !explicit.isEmpty { return "looked in $\(bundledVariable) (\(explicit))" }
        return DataDirectory.locate(environment: environment).searched
            + "; run `make install`, or set $\(DataDirectory.variable) to a folder holding personalities/"
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
