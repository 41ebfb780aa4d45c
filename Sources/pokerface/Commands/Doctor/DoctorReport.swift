/// What `pokerface doctor` found: one value, printed as one screen of text or as JSON.
struct DoctorReport: Codable, Sendable {
    struct Terminal: Codable, Sendable {
        var term: String?
        /// Whether a terminfo entry for `term` exists.
        var terminfo: Bool
        /// The locale after `setlocale(LC_ALL, "")`, and whether its codeset is UTF-8.
        var locale: String
        var utf8: Bool
        /// Colours the terminal description offers (nil when unknown), and whether NO_COLOR is set.
        var colors: Int?
        var noColor: Bool
        /// Whether standard output is a terminal, and its size when it is.
        var isTerminal: Bool
        var columns: Int?
        var lines: Int?
    }

    struct Characters: Codable, Sendable {
        var bundled: Int
        var yours: Int
        var userDirectory: String
        /// Files that were skipped, each with its first problem.
        var invalidFiles: [String]
    }

    struct Database: Codable, Sendable {
        var path: String
        /// missing, empty, pokerface, damaged, foreign, not-a-database or unreadable.
        var state: String
        /// SQLite's full `integrity_check` of a PokerFace file: "ok" or its first problems (nil
        /// when not run).
        var integrity: [String]?
        /// Migrations applied (the schema version is their count), pending and unknown to this build.
        var schemaVersion: Int?
        var migrations: [String]
        var pending: [String]
        var unknown: [String]
        var games: Int?
        var hands: Int?
    }

    struct Provider: Codable, Sendable {
        var provider: String
        var name: String
        var needsKey: Bool
        /// The key's last four characters (`…abcd`), never more; nil when no key is set.
        var key: String?
        /// Where the key came from: its environment variable or the config file.
        var keySource: String?
        var baseURL: String
        /// The `--online` call, when one was made.
        var online: OnlineCheck?
    }

    struct OnlineCheck: Codable, Sendable {
        var ok: Bool
        var model: String?
        var latencyMs: Int?
        var error: String?
    }

    struct Problem: Codable, Sendable {
        var area: String
        var problem: String
        /// The one line that fixes it.
        var fix: String
    }

    var version: String
    var commit: String?
    var terminal: Terminal
    /// The data folder (personalities, suites, experiments) and how it was found, or where it was looked for.
    var dataDirectory: String?
    var dataSource: String?
    var dataSearched: String
    var characters: Characters
    var database: Database
    var configFile: String
    var providers: [Provider]
    /// The local model (`--provider local`): its base URL and, with `--online`, whether it answers.
    var localModel: Provider
    var online: Bool
    var problems: [Problem]

    var ok: Bool { problems.isEmpty }
}
