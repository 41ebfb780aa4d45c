import Foundation
import Glibc
import PokerTestSupport

/// Starts a child with a clean signal mask (see `PokerTestSupport.Shell`); returns its pid.
func spawnDetached(_ arguments: [String], logPath: String) throws -> pid_t {
    try Shell.spawn(arguments, outputPath: logPath)
}

/// Stops a child started by `spawnDetached` (SIGTERM, then SIGKILL) and reaps it.
func terminate(_ pid: pid_t) { Shell.terminate(pid) }
