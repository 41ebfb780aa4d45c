import Foundation

/// Where the data that ships with PokerFace lives: `personalities/`, `suites/` and `experiments/`.
///
/// Looked for in this order; the first place holding a `personalities/` folder wins:
/// 1. `<bin>/../share/pokerface`, `<bin>` being the folder of the running executable with symlinks
///    resolved (what `make install PREFIX=…` lays out);
/// 2. the checkout the executable was built from (its source path, recorded at compile time), while
///    that checkout still exists (`.build/release/pokerface`, or a copy of it run from anywhere);
/// 3. `$POKERFACE_DATA_DIR`, for a binary moved away from both.
/// The data beside the binary comes first because it is the data of that binary's version.
public struct DataDirectory: Sendable, Hashable {
    /// How a place was found.
    public enum Source: String, Sendable, Hashable {
        case installed, checkout, environment
    }

    /// One place looked at.
    public struct Candidate: Sendable, Hashable {
        public var source: Source
        /// The folder, or nil when `$POKERFACE_DATA_DIR` is not set.
        public var url: URL?
        /// Whether it holds a `personalities/` folder.
        public var usable: Bool

        /// How the place is named in messages, e.g. "<bin>/../share/pokerface (/opt/bin/../share/pokerface)".
        public var label: String {
            let path = url?.path ?? "not set"
            switch source {
            case .installed: return "<bin>/../share/pokerface (\(path))"
            case .checkout: return "the checkout it was built from (\(path))"
            case .environment: return "$\(DataDirectory.variable) (\(path))"
            }
        }
    }

    /// The environment variable of step 3.
    public static let variable = "POKERFACE_DATA_DIR"

    /// The checkout this code was compiled in (four folders above this file).
    public static let builtFrom: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every place, in lookup order.
    public let candidates: [Candidate]

    /// The first usable place.
    public var found: Candidate? { candidates.first { $0.usable } }

    /// The data folder, or nil when no place holds the bundled characters.
    public var url: URL? { found?.url }

    /// "looked in A, B and C": every place, for an error message.
    public var searched: String {
        let labels = candidates.map(\.label)
        return "looked in " + labels.dropLast().joined(separator: ", ") + " and " + (labels.last ?? "")
    }

    /// `subfolder` of the data folder; when there is none, of the installed place (for messages).
    public func folder(_ subfolder: String) -> URL {
        (url ?? candidates[0].url ?? URL(fileURLWithPath: "/usr/local/share/pokerface"))
            .appendingPathComponent(subfolder, isDirectory: true)
    }

    /// Looks in the three places for this process.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: URL? = Bundle.main.executableURL, checkout: URL = builtFrom,
                              isDirectory: (URL) -> Bool = PersonalityDirectories.isDirectory) -> DataDirectory {
        func candidate(_ source: Source, _ url: URL?) -> Candidate {
            Candidate(source: source, url: url,
                      usable: url.map { isDirectory($0.appendingPathComponent("personalities", isDirectory: true)) } ?? false)
        }
        let installed = (executable ?? URL(fileURLWithPath: "/usr/local/bin/pokerface")).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/pokerface", isDirectory: true)
        let variable = environment[variable].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0, isDirectory: true) }
        return DataDirectory(candidates: [candidate(.installed, installed.standardizedFileURL), candidate(.checkout, checkout),
                                          candidate(.environment, variable)])
    }
}
