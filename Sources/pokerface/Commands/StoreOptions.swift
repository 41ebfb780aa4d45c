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
        try open(.readWrite)
    }

    /// Opens an existing database for a command that only reads: nothing is created, and a
    /// missing file is one clear sentence.
    func openForReading() throws -> GameStore {
        try open(.readExisting)
    }

    /// Opens an existing database to continue writing to it (resume): a missing file is one
    /// clear sentence rather than a new, empty database.
    func openExisting() throws -> GameStore {
        _ = try openForReading()
        return try open(.readWrite)
    }

    private func open(_ access: StoreAccess) throws -> GameStore {
        do {
            return try GameStore(path: resolvedPath, access: access)
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
        TerminalOutput.standardError("pokerface: " + message + "\n")
    }
}
