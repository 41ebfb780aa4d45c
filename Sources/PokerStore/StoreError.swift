/// Everything that can go wrong with the database, one case per cause. Every message is one
/// sentence naming the database file, and says what was (not) changed.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file is not an SQLite database, or its header is damaged.
    case notADatabase(path: String)
    /// SQLite found the file damaged while reading or writing it.
    case corrupt(path: String, detail: String)
    /// An SQLite database written by another program.
    case foreignDatabase(path: String, tables: [String])
    /// A PokerFace database written by a newer version (migrations this version does not know).
    case newerSchema(path: String, unknownMigrations: [String])
    /// The file or its directory cannot be written.
    case readOnly(path: String)
    /// The disk (or the database's size limit) is full.
    case diskFull(path: String)
    /// The file or its directory cannot be opened or created.
    case cannotOpen(path: String, reason: String)
    /// A command that only reads found no database file (and created none).
    case missing(path: String)
    case gameNotFound(path: String, game: GameID)
    case handNotFound(path: String, hand: HandID)
    case captureNotFound(path: String, capture: CaptureID)
    /// A value cannot be stored (the setup and the match disagree, text that should be JSON is not…).
    case invalidValue(path: String, reason: String)
    /// The game was finished or abandoned: nothing more can be recorded in it.
    case gameNotRunning(path: String, game: GameID, status: GameStatus)
    /// `finishGame` on a tournament that still has more than one player with chips.
    case gameNotOver(path: String, game: GameID)
    /// An action was recorded for a hand whose start was never recorded.
    case handNotStarted(path: String, game: GameID, hand: Int)
    /// A hand start (or a finished hand's action) was recorded twice.
    case handAlreadyRecorded(path: String, game: GameID, hand: Int)
    /// The match handed to the store does not continue the stored one.
    case snapshotMismatch(path: String, game: GameID, reason: String)
    /// A stored row cannot be read back (damaged or edited by hand).
    case damagedRecord(path: String, table: String, id: Int64, reason: String)
    /// Another process (or another open store) is playing this game: `pid` when known.
    case gameInUse(path: String, game: GameID, pid: Int32?)
    /// A read was cancelled with its task (writes are never cancelled half-way).
    case cancelled(path: String)
    /// Any other SQLite failure.
    case sqlite(path: String, code: Int32, message: String)

    /// The database file concerned.
    public var path: String {
        switch self {
        case let .notADatabase(path), let .corrupt(path, _), let .foreignDatabase(path, _),
             let .newerSchema(path, _), let .readOnly(path), let .diskFull(path), let .cannotOpen(path, _), let .missing(path),
             let .gameNotFound(path, _), let .handNotFound(path, _), let .captureNotFound(path, _),
             let .invalidValue(path, _), let .gameNotRunning(path, _, _), let .gameNotOver(path, _),
             let .handNotStarted(path, _, _), let .handAlreadyRecorded(path, _, _),
             let .snapshotMismatch(path, _, _), let .damagedRecord(path, _, _, _), let .cancelled(path),
             let .gameInUse(path, _, _),
             let .sqlite(path, _, _):
            path
        }
    }

    public var description: String {
        switch self {
        case let .notADatabase(path):
            "\(path) is not an SQLite database (or its header is damaged); it was left untouched, so move it aside or choose another file with --db"
        case let .corrupt(path, detail):
            "\(path) is damaged (\(detail)); nothing was changed, so restore a backup or choose another file with --db"
        case let .foreignDatabase(path, tables):
            "\(path) is an SQLite database of another program (tables: \(tables.prefix(6).joined(separator: ", "))); PokerFace will not modify it, so choose another file with --db"
        case let .newerSchema(path, unknown):
            "\(path) was written by a newer PokerFace (unknown schema steps: \(unknown.joined(separator: ", "))); it was left untouched, so upgrade PokerFace to open it"
        case let .readOnly(path):
            "\(path) cannot be written (the file or its directory is read-only); nothing was saved"
        case let .diskFull(path):
            "the disk holding \(path) is full; the last change was not saved and the previously saved state is intact"
        case let .cannotOpen(path, reason):
            "cannot open \(path): \(reason)"
        case let .missing(path):
            "there is no database at \(path) (nothing was created); play a game first, or give the right file with --db"
        case let .gameNotFound(path, game):
            "\(path) has no game \(game)"
        case let .handNotFound(path, hand):
            "\(path) has no hand \(hand)"
        case let .captureNotFound(path, capture):
            "\(path) has no prompt capture \(capture)"
        case let .invalidValue(path, reason):
            "nothing was written to \(path): \(reason)"
        case let .gameNotRunning(path, game, status):
            "game \(game) in \(path) is \(status.rawValue), so nothing more can be recorded in it"
        case let .gameNotOver(path, game):
            "game \(game) in \(path) cannot be marked finished while more than one player has chips"
        case let .handNotStarted(path, game, hand):
            "hand \(hand) of game \(game) was never recorded as started in \(path)"
        case let .handAlreadyRecorded(path, game, hand):
            "hand \(hand) of game \(game) is already recorded in \(path); nothing was written twice"
        case let .snapshotMismatch(path, game, reason):
            "the match given for game \(game) does not continue the one saved in \(path): \(reason)"
        case let .damagedRecord(path, table, id, reason):
            "row \(id) of table \(table) in \(path) cannot be read back: \(reason)"
        case let .gameInUse(path, game, pid):
            "game \(game) in \(path) is being played by another pokerface\(pid.map { " (process \($0))" } ?? ""); "
                + "nothing was changed, so finish or quit that one first"
        case let .cancelled(path):
            "reading \(path) was cancelled"
        case let .sqlite(path, code, message):
            "SQLite error \(code) on \(path): \(message)"
        }
    }
}
