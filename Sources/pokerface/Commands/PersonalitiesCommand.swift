import ArgumentParser
import Foundation
import PokerAI

/// `pokerface personalities list|show|check`: the characters who can sit at the table.
struct PersonalitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "personalities",
        abstract: "List, show and check the characters who sit at the table.",
        discussion: """
            Characters are JSON files: the bundled ones ship with the game (in <bin>/../share/pokerface, \
            else the checkout it was built from, else $\(DataDirectory.variable); \
            $\(PersonalityDirectories.bundledVariable) overrides all three), and your own live in $XDG_CONFIG_HOME/pokerface/personalities \
            (~/.config/pokerface/personalities by default), where a file adds a character or replaces a bundled \
            one with the same file name or name. See docs/personalities.md for the format.
            """,
        subcommands: [List.self, Show.self, Check.self, New.self, PersonalityTestCommand.self]
    )

    /// The two standard directories and what loading them gave.
    struct Context {
        let bundled = PersonalityDirectories.bundled()
        let user = PersonalityDirectories.user()
        let library: PersonalityLibrary

        init() { library = PersonalityLibrary.load(from: [bundled, user]) }

        func isUser(_ entry: PersonalityLibrary.Entry) -> Bool {
            entry.file.deletingLastPathComponent().standardizedFileURL.path == user.standardizedFileURL.path
        }

        /// Warns on standard error about skipped files and a missing bundled directory.
        func warnAboutProblems() {
            if !PersonalityDirectories.isDirectory(bundled) {
                printError("warning: no bundled characters: \(PersonalityDirectories.bundledSearch()).")
            }
            let badFiles = Set(library.issues.map(\.file)).count
            if badFiles > 0 {
                printError("warning: \(badFiles) file\(badFiles == 1 ? "" : "s") skipped; run `pokerface personalities check` for details.")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every character with their style and key traits.")

        @Flag(help: "Print JSON instead of a table.") var json = false

        func run() throws {
            let context = Context()
            let entries = context.library.entries
            if json {
                print(JSONOutput.escaped(PersonalityJSON.array(entries.map { entry in
                    .object([
                        ("slug", .string(entry.slug)), ("name", .string(entry.personality.name)),
                        ("nickname", .string(entry.personality.nickname)), ("origin", .string(entry.personality.origin.rawValue)),
                        ("style", .string(entry.personality.archetype.label)),
                        ("traits", entry.personality.jsonValue["traits"] ?? .null),
                        ("file", .string(entry.file.path)), ("yours", .bool(context.isUser(entry))),
                    ])
                }).rendered()), terminator: "")
            } else {
                let traits: [PersonalityTrait] = [.aggression, .looseness, .bluffTendency, .chattiness]
                var rows = [["NAME", "NICKNAME", "STYLE", "AGGR", "LOOSE", "BLUFF", "TALK", ""]]
                for entry in entries {
                    let p = entry.personality
                    rows.append([p.name, p.nickname, p.archetype.label] + traits.map { format(p.traits[$0]) }
                        + [context.isUser(entry) ? (entry.overrides.isEmpty ? "yours" : "yours, replaces bundled") : ""])
                }
                print(table(rows))
                let yours = entries.filter(context.isUser).count
                print("\n\(entries.count) characters (\(entries.count - yours) bundled, \(yours) yours). "
                    + "Yours go in \(context.user.path).")
            }
            context.warnAboutProblems()
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one character in full.")

        @Argument(help: "The character's name, nickname or file name (slug), in any case.") var name: String
        @Flag(help: "Print the character as a personality file (JSON), ready to copy and edit.") var json = false

        func run() throws {
            let context = Context()
            guard let entry = context.library.entry(named: name) else {
                let near = context.library.personalities.map(\.name).filter { $0.localizedCaseInsensitiveContains(name) }
                printError("No character named \"\(name)\"." + (near.isEmpty ? " Try `pokerface personalities list`." : " Did you mean: \(near.joined(separator: ", "))?"))
                throw ExitCode.failure
            }
            print(json ? JSONOutput.escaped(entry.personality.fileText) : describe(entry, context: context), terminator: "")
        }

        private func describe(_ entry: PersonalityLibrary.Entry, context: Context) -> String {
            let p = entry.personality
            var out = "\(p.name) (\"\(p.nickname)\") · \(p.origin.rawValue) · \(p.archetype.label)\n"
            out += "  \(p.playStyle)\n  Confidence: \(p.confidence) · Attitude: \(p.attitude)\n  Voice: \(p.voice)\n\n"
            var rows = [["TRAIT", "VALUE", "", "BAND", "ELASTICITY", "RECOVERY"]]
            for trait in PersonalityTrait.allCases {
                let value = p.traits[trait]
                let filled = Int((value * 10).rounded())
                rows.append([trait.label, format(value), String(repeating: "█", count: filled) + String(repeating: "·", count: 10 - filled),
                             TraitBand(value).label, format(p.elasticity[trait]), format(p.recoveryRate[trait])])
            }
            out += indent(table(rows)) + "\n  Tilt resistance: \(format(p.tiltResistance))\n\n"
            out += "  How the model hears it:\n" + indent(TraitProse.playStyle(p.traits), by: 4) + "\n"
                + indent(TraitProse.talkStyle(p.traits, favouriteEmoji: p.emoji), by: 4) + "\n\n"
            out += "  Says:  " + p.verbalTics.map { "\"\($0)\"" }.joined(separator: "  ") + "\n"
            out += "  Does:  " + p.physicalTics.joined(separator: "  ") + "\n"
            out += "  Emoji: " + (p.emoji.isEmpty ? "none" : p.emoji.joined(separator: " ")) + "\n\n  Lines:\n"
            let width = Situation.allCases.map(\.rawValue.count).max() ?? 0
            for situation in Situation.allCases {
                for (index, line) in p.lines[situation].enumerated() {
                    let label = index == 0 ? situation.rawValue : ""
                    out += "    " + label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + line + "\n"
                }
            }
            out += "\n  File: \(entry.file.path)\n"
            for overridden in entry.overrides { out += "  Replaces: \(overridden.path)\n" }
            return out
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate every personality file; exit non-zero if any is bad.",
            discussion: "With no paths, checks the bundled and your own directory. Paths may be files or directories.")

        @Flag(help: "Print the result as JSON.") var json = false
        @Argument(help: "Files or directories to check instead of the standard ones.") var paths: [String] = []

        func run() throws {
            var issues: [PersonalityIssue] = []
            var examined = 0
            var loaded = 0
            var checked: [String] = []
            let standard = paths.isEmpty
            let targets = standard
                ? [PersonalityDirectories.bundled(), PersonalityDirectories.user()]
                : paths.map { URL(fileURLWithPath: $0) }
            for (index, target) in targets.enumerated() {
                if PersonalityDirectories.isDirectory(target) {
                    let library = PersonalityLibrary.load(from: [target])
                    examined += library.filesExamined
                    loaded += library.entries.count
                    issues += library.issues
                } else if FileManager.default.fileExists(atPath: target.path) {
                    examined += 1
                    switch PersonalityLibrary.loadFile(at: target) {
                    case .success: loaded += 1
                    case .failure(let error): issues += error.issues
                    }
                } else if standard, index == 1 {
                    continue  // No user directory yet: nothing to check.
                } else {
                    issues.append(PersonalityIssue(file: target.path, field: "", problem: .unreadable(reason: "no such file or directory")))
                }
                checked.append(target.path)
            }
            let badFiles = Set(issues.map(\.file)).count
            if json {
                print(JSONOutput.escaped(PersonalityJSON.object([
                    ("ok", .bool(issues.isEmpty)), ("checked", .array(checked.map(PersonalityJSON.string))),
                    ("files", .number(Double(examined))), ("good", .number(Double(loaded))), ("bad", .number(Double(badFiles))),
                    ("issues", .array(issues.map { issue in
                        .object([("file", .string(issue.file)), ("field", .string(issue.field)), ("message", .string(issue.description))])
                    })),
                ]).rendered()), terminator: "")
            } else {
                for issue in issues { print(issue.description) }
                if !issues.isEmpty { print() }
                print("Checked \(checked.joined(separator: " and ")): \(examined) file\(examined == 1 ? "" : "s"), "
                    + "\(loaded) good, \(badFiles) bad.")
            }
            if !issues.isEmpty { throw ExitCode.failure }
        }
    }
}

private func format(_ value: Double) -> String { String(format: "%.2f", value) }

private func indent(_ text: String, by spaces: Int = 2) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { String(repeating: " ", count: spaces) + $0 }
        .joined(separator: "\n")
}

/// Left-aligned columns separated by two spaces, trailing spaces trimmed.
private func table(_ rows: [[String]]) -> String {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
    return rows.map { row in
        row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
            .joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }.joined(separator: "\n")
}

private func printError(_ message: String) {
    TerminalOutput.standardError(message + "\n")
}
