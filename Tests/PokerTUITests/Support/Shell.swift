import Foundation
import PokerTestSupport

/// The outcome of a shell command.
struct ShellResult: Sendable {
    /// The exit status, or 128 + the signal number when a signal ended it (as the shell reports).
    var status: Int32
    /// Standard output and standard error, interleaved.
    var output: String
}

/// Runs `/bin/sh -c command` and waits for it (posix_spawn with a clean signal mask; see
/// `PokerTestSupport.Shell` for why Foundation's `Process` is not used).
@discardableResult
func shell(_ command: String) throws -> ShellResult {
    let result = try Shell.run(command)
    return ShellResult(status: result.status, output: result.text)
}

/// Path of a built executable product, next to the test bundle.
func productPath(_ name: String) -> String { TestPaths.product(name) }

/// Single-quotes `text` for /bin/sh.
func shellQuoted(_ text: String) -> String { Shell.quote(text) }
