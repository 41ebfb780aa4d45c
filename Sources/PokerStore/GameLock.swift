import Foundation

/// An exclusive claim on one game of a database, so that two processes never play it at once:
/// an `flock` on a side file next to the database (`pokerface.sqlite-game-7.lock`) holding the
/// owner's pid. The kernel drops the lock when its holder exits in any way (even `kill -9`), so
/// a dead holder's claim is simply taken over. Releasing removes the file.
final class GameLock: Sendable {
    let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        // Unlink before unlocking: a process waiting on the old file sees its inode is gone and
        // opens the path afresh.
        unlink(path)
        close(descriptor)
    }

    /// The side file that guards `game` of the database at `databasePath`.
    static func path(databasePath: String, game: GameID) -> String {
        "\(databasePath)-game-\(game.rawValue).lock"
    }

    /// Claims `game`, or throws ``StoreError/gameInUse(path:game:pid:)`` while another open
    /// store (in this or another process) holds it.
    static func acquire(databasePath: String, game: GameID) throws(StoreError) -> GameLock {
        let path = path(databasePath: databasePath, game: game)
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                let code = errno
                if code == EACCES || code == EROFS || code == EPERM { throw .readOnly(path: databasePath) }
                throw .cannotOpen(path: path, reason: String(cString: strerror(code)))
            }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let holder = owner(descriptor)
                close(descriptor)
                throw .gameInUse(path: databasePath, game: game, pid: holder)
            }
            // The file may have been removed by the previous holder between our open and lock.
            var held = stat()
            var named = stat()
            guard fstat(descriptor, &held) == 0, stat(path, &named) == 0, held.st_ino == named.st_ino,
                  held.st_dev == named.st_dev else {
                close(descriptor)
                continue
            }
            let pid = Data("\(getpid())\n".utf8)
            _ = ftruncate(descriptor, 0)
            _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            return GameLock(path: path, descriptor: descriptor)
        }
    }

    /// The pid written by the holder, when readable.
    private static func owner(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
