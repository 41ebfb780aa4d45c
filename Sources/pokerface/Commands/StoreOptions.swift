import ArgumentParser
import Foundation
import PokerStore

/// `--db PATH`, shared by every command that reads or writes the database.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The database file (default: $XDG_DATA_HOME/pokerface/pokerface.sqlite).",
                                                        valueName: "path"))
    var path: String?

    var resolvedPath: String { path ?? StoreLocation.defaultPath() }

    /// Opens (and creates or migrates) the database, or fails with one clear sentence.
    func open() throws -> GameStore {
        do {
            return try GameStore(path: resolvedPath)
        } catch {
            throw CLIError(error.description)
        }
    }
}

/// A user-facing failure: one sentence on stderr and a non-zero exit.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("pokerface: " + message + "\n").utf8))
    }
}
