import Foundation
import LLMClient
import PokerAI
import PokerStore

extension DoctorReport {
    /// Everything that can be known without the network; reads files, writes nothing.
    static func gather(environment: [String: String], databasePath: String) -> DoctorReport {
        var problems: [Problem] = []
        let terminal = TerminalFacts.read(environment: environment)
        problems += terminalProblems(terminal)

        let data = DataDirectory.locate(environment: environment)
        let bundled = PersonalityDirectories.bundled(environment: environment)
        if !PersonalityDirectories.isDirectory(bundled) {
            problems.append(Problem(area: "characters", problem: "no bundled characters: " + PersonalityDirectories.bundledSearch(environment: environment),
                                    fix: "run `make install` (or set \(DataDirectory.variable) to a folder holding personalities/)"))
        }
        let characters = characterCounts(bundled: bundled, user: PersonalityDirectories.user(environment: environment))
        if !characters.invalidFiles.isEmpty {
            problems.append(Problem(area: "characters", problem: "\(characters.invalidFiles.count) personality file(s) are invalid and skipped",
                                    fix: "pokerface personalities check  (names every field to fix)"))
        }
        let (database, databaseProblem) = inspectDatabase(databasePath)
        problems += databaseProblem.map { [$0] } ?? []

        let configPath = ConfigFile.defaultPath(environment: environment)
        do {
            _ = try ConfigFile.load(path: configPath)
        } catch {
            let fix = if case .insecurePermissions = error { "chmod 600 \(configPath)" } else { "fix or remove \(configPath)" }
            problems.append(Problem(area: "config", problem: error.userMessage, fix: fix))
        }
        let providers = ProviderID.allCases.filter { $0 != .offline && $0 != .local }.map { provider(for: $0, environment: environment) }
        return DoctorReport(
            version: BuildInfo.version, commit: BuildInfo.builtCommit, terminal: terminal,
            dataDirectory: data.url?.standardizedFileURL.path, dataSource: data.found?.source.rawValue, dataSearched: data.searched,
            characters: characters, database: database, configFile: configPath, providers: providers,
            localModel: provider(for: .local, environment: environment), online: false, problems: problems)
    }

    static func terminalProblems(_ terminal: Terminal) -> [Problem] {
        var problems: [Problem] = []
        let setTerm = "export TERM=xterm-256color"
        if let term = terminal.term {
            if term == "dumb" || !terminal.terminfo {
                problems.append(Problem(area: "terminal", problem: "TERM=\(term) has no usable terminfo entry: the table cannot draw",
                                        fix: setTerm + "  (or install ncurses-term)"))
            } else if let colors = terminal.colors, colors < 8, !terminal.noColor {
                problems.append(Problem(area: "terminal", problem: "TERM=\(term) offers no colours", fix: setTerm))
            }
        } else {
            problems.append(Problem(area: "terminal", problem: "TERM is not set: the table cannot draw", fix: setTerm))
        }
        if !terminal.utf8 {
            problems.append(Problem(area: "terminal", problem: "the locale (\(terminal.locale)) is not UTF-8: suits may show as s h d c",
                                    fix: "export LANG=C.UTF-8"))
        }
        if let columns = terminal.columns, let lines = terminal.lines, columns < 80 || lines < 24 {
            problems.append(Problem(area: "terminal", problem: "the window is \(columns)×\(lines); the table needs 80×24",
                                    fix: "enlarge the window to at least 80 columns and 24 lines"))
        }
        return problems
    }

    static func characterCounts(bundled: URL, user: URL) -> Characters {
        let library = PersonalityLibrary.load(from: [bundled, user])
        let userPath = user.standardizedFileURL.path
        let yours = library.entries.filter { $0.file.deletingLastPathComponent().standardizedFileURL.path == userPath }.count
        var firstIssue: [String: PersonalityIssue] = [:]
        for issue in library.issues where firstIssue[issue.file] == nil { firstIssue[issue.file] = issue }
        return Characters(bundled: library.entries.count - yours, yours: yours, userDirectory: userPath,
                          invalidFiles: firstIssue.keys.sorted().compactMap { firstIssue[$0]?.description })
    }

    static func inspectDatabase(_ path: String) -> (Database, Problem?) {
        var database = Database(path: path, state: "unreadable", integrity: nil, schemaVersion: nil, migrations: [], pending: [], unknown: [],
                                games: nil, hands: nil)
        let inspection: StoreInspection
        do {
            inspection = try StoreInspection.read(path: path)
        } catch {
            return (database, Problem(area: "database", problem: error.description, fix: "choose another file with --db"))
        }
        database.migrations = inspection.applied
        switch inspection.kind {
        case .missing, .empty:
            database.state = inspection.kind == .missing ? "missing" : "empty"
            return (database, nil)
        case .notADatabase:
            database.state = "not-a-database"
            return (database, Problem(area: "database", problem: "\(path) is not an SQLite database", fix: "move it aside, or choose another file with --db"))
        case .foreign(let tables):
            database.state = "foreign"
            return (database, Problem(area: "database", problem: "\(path) belongs to another program (tables \(tables.prefix(4).joined(separator: ", ")))",
                                      fix: "choose another file with --db"))
        case .pokerFace:
            database.state = "pokerface"
            database.schemaVersion = inspection.applied.count
            database.pending = inspection.pendingMigrations
            database.unknown = inspection.unknownMigrations
            database.games = inspection.games
            database.hands = inspection.hands
            guard database.unknown.isEmpty else {
                return (database, Problem(area: "database", problem: "\(path) was written by a newer PokerFace (\(database.unknown.joined(separator: ", ")))",
                                          fix: "install the newer pokerface, or choose another file with --db"))
            }
            return checkIntegrity(path, database)
        }
    }

    /// SQLite's full integrity check (every page, index and constraint), read-only.
    static func checkIntegrity(_ path: String, _ checked: Database) -> (Database, Problem?) {
        var database = checked
        let problems: [String]
        do {
            problems = try StoreIntegrity.problems(path: path, depth: .full, limit: 5)
        } catch {
            return (database, Problem(area: "database", problem: error.description, fix: "choose another file with --db"))
        }
        database.integrity = problems.isEmpty ? ["ok"] : problems
        guard let first = problems.first else { return (database, nil) }
        database.state = "damaged"
        return (database, Problem(area: "database", problem: "\(path) is damaged (integrity check: \(first))",
                                  fix: "restore a backup, or move it aside and choose another file with --db"))
    }

    static func provider(for id: ProviderID, environment: [String: String]) -> Provider {
        let config = try? LLMConfig.resolve(LLMOverrides(provider: id), environment: environment)
        let fromEnvironment = id.keyVariable.map { !(environment[$0] ?? "").trimmingCharacters(in: .whitespaces).isEmpty } ?? false
        let key = config?.apiKey
        return Provider(provider: id.rawValue, name: id.displayName, needsKey: id.requiresKey,
                        key: key.map { $0.hint ?? "set (short)" },
                        keySource: key == nil ? nil : (fromEnvironment ? id.keyVariable : "config file"),
                        baseURL: config?.baseURL ?? id.defaultBaseURL ?? "", online: nil)
    }
}
