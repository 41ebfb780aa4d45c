import Foundation
import Glibc

/// The outcome of a shell command.
struct ShellResult: Sendable {
    /// The exit status, or 128 + the signal number when a signal ended it (as the shell reports).
    var status: Int32
    /// Standard output and standard error, interleaved.
    var output: String
}

/// Why a command could not be run.
enum ShellError: Error, CustomStringConvertible {
    case spawnFailed(command: String, errno: Int32)

    var description: String {
        switch self {
        case .spawnFailed(let command, let code): "posix_spawn failed (errno \(code)) for: \(command)"
        }
    }
}

/// Runs `/bin/sh -c command` and waits for it.
///
/// Uses `posix_spawn` with an EMPTY signal mask and default signal actions, stdin from
/// /dev/null and output to a temporary file. Foundation's `Process` passes on the test runner's
/// blocked signal mask (tmux's server then never sees SIGCHLD and hangs), and reading a `Pipe`
/// to EOF hangs when a daemon such as the tmux server inherits its write end (TOOLCHAIN P1).
@discardableResult
func shell(_ command: String) throws -> ShellResult {
    let outputPath = FileManager.default.temporaryDirectory
        .appendingPathComponent("pokertui-sh-\(UUID().uuidString)").path
    defer { unlink(outputPath) }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    sigdelset(&all, SIGKILL)
    sigdelset(&all, SIGSTOP)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
    var argv: [UnsafeMutablePointer<CChar>?] = ["/bin/sh", "-c", command].map { (text: String) in strdup(text) } + [nil]
    var envp: [UnsafeMutablePointer<CChar>?] = environment.map { (text: String) in strdup(text) } + [nil]
    defer { (argv + envp).forEach { free($0) } }

    var pid: pid_t = 0
    let rc = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, &envp)
    guard rc == 0 else { throw ShellError.spawnFailed(command: command, errno: rc) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    let signal = status & 0x7F
    let exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    return ShellResult(status: exitStatus, output: output)
}

/// Quotes `text` for `/bin/sh` (single quotes, with embedded quotes escaped).
func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// The path of a product built next to the test bundle:
/// `.build/<triple>/debug/{pokerface, PokerFacePackageTests.xctest}`.
func productPath(_ name: String) -> String {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    if directory.lastPathComponent.hasSuffix(".xctest") { directory = directory.deletingLastPathComponent() }
    // Swift Testing may run the bundle through a helper; look beside the .xctest bundle either way.
    for candidate in [directory, directory.deletingLastPathComponent()] {
        let path = candidate.appendingPathComponent(name).path
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return directory.appendingPathComponent(name).path
}
