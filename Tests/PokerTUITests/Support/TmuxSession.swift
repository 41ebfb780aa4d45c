import Foundation
import Glibc
import PokerTestSupport
import Synchronization
import Testing

/// Why a tmux-driven test could not proceed.
enum TmuxError: Error, CustomStringConvertible {
    case notInstalled
    case commandFailed(String, ShellResult)
    case timedOut(waitingFor: String, screen: String)

    var description: String {
        switch self {
        case .notInstalled:
            "tmux is not installed, so the terminal end-to-end tests cannot run: `apt-get install tmux` "
                + "(`make test` installs it). These tests fail rather than skip so a missing tmux is never mistaken for a pass."
        case .commandFailed(let command, let result):
            "tmux command failed (status \(result.status)): \(command)\n\(result.output)"
        case .timedOut(let what, let screen):
            "timed out waiting for \(what); the screen was:\n\(screen)"
        }
    }
}

/// A detached tmux session on a private server socket, so tests never touch the user's tmux or
/// each other. Every call goes through ``shell(_:)`` (posix_spawn with a clean signal mask).
final class TmuxSession {
    let socket: String
    let name = "t"
    private var socketPath: String?
    private static let counter = Counter()

    /// Starts `command` in a new `width`×`height` session.
    init(command: String, width: Int, height: Int) throws {
        guard try shell("command -v tmux").status == 0 else { throw TmuxError.notInstalled }
        socket = "pokertui-\(getpid())-\(Self.counter.next())"
        try run("-u new-session -d -s \(name) -x \(width) -y \(height) \(shellQuoted(command))")
        socketPath = try? display("#{socket_path}")
    }

    /// Ends the server (and with it the session and whatever still runs in it) and removes its socket.
    func kill() {
        _ = try? shell("tmux -L \(socket) kill-server")
        if let socketPath, !socketPath.isEmpty { unlink(socketPath) }
    }

    /// The visible screen; with `escapes`, SGR colour sequences are included.
    func capture(escapes: Bool = false) throws -> String {
        try run("capture-pane -p \(escapes ? "-e " : "")-t \(name)").output
    }

    /// Sends tmux key names (`Up`, `Enter`, `C-c`) or plain keys.
    func sendKeys(_ keys: String...) throws {
        try run("send-keys -t \(name) " + keys.map(shellQuoted).joined(separator: " "))
    }

    /// Types `text` literally (UTF-8 included).
    func type(_ text: String) throws {
        try run("send-keys -t \(name) -l \(shellQuoted(text))")
    }

    /// Resizes the window; tmux 3.3a switches the window to `window-size manual` by itself.
    func resize(width: Int, height: Int) throws {
        try run("resize-window -t \(name) -x \(width) -y \(height)")
    }

    /// A tmux format evaluated for the pane, e.g. `#{alternate_on}`.
    func display(_ format: String) throws -> String {
        try run("display-message -p -t \(name) \(shellQuoted(format))").output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// How long a wait may take before the test fails: generous, as the machine may be busy
    /// (a wait ends as soon as its condition holds, so this costs nothing when all is well).
    static let deadline = Duration.seconds(120)

    /// Polls the screen (`Poll`) until `condition` holds; no fixed sleeps.
    @discardableResult
    func waitFor(
        _ what: String, escapes: Bool = false, timeout: Duration = TmuxSession.deadline,
        until condition: (String) -> Bool
    ) throws -> String {
        var screen = ""
        do {
            try Poll.untilBlocking(what, timeout: timeout, interval: .milliseconds(25)) {
                screen = try capture(escapes: escapes)
                return condition(screen)
            }
        } catch is Poll.TimedOut {
            throw TmuxError.timedOut(waitingFor: what, screen: screen)
        }
        return screen
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = TmuxSession.deadline) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    private func run(_ arguments: String) throws -> ShellResult {
        let command = "tmux -L \(socket) -f /dev/null " + arguments
        let result = try shell(command)
        guard result.status == 0 else { throw TmuxError.commandFailed(command, result) }
        return result
    }

    private final class Counter: Sendable {
        private let value = Mutex(0)
        func next() -> Int { value.withLock { $0 += 1; return $0 } }
    }
}
