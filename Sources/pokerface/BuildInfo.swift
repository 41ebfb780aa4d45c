/// What `pokerface --version` prints: the version and the git commit the binary was built from.
///
/// The commit comes from `Sources/pokerface/Generated/BuildCommit.swift`, which `make` writes
/// before every build (`scripts/stamp-commit.sh`, git-ignored). Without it — a plain `swift build`
/// of a tarball — the commit is reported as unknown rather than guessed.
enum BuildInfo {
    /// The release version.
    static let version = "0.1.0"

    /// The commit (`abcdef123456`, `+dirty` when the tree had changes), or nil when not recorded.
    static var builtCommit: String? { (BuildInfo.self as Any.Type as? any BuildCommitRecord.Type)?.commit }

    /// `pokerface 0.1.0 (commit abcdef123456)`.
    static var versionLine: String {
        "pokerface \(version) (commit \(builtCommit ?? "unknown: built without make or outside a git checkout"))"
    }
}

/// Adopted by `BuildInfo` in the generated file when the build recorded a commit.
protocol BuildCommitRecord {
    static var commit: String { get }
}
