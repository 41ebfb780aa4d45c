import Foundation

/// Waiting for a condition instead of for the clock: a test polls what it needs (a file, a row
/// count, a request seen by a server) and goes on the moment it holds. The deadline only bounds a
/// wait that should end far sooner; passing it fails with what was awaited, never silently.
public enum Poll {
    /// A condition that did not hold within its deadline.
    public struct TimedOut: Error, CustomStringConvertible {
        public let what: String
        public let timeout: Duration
        public var description: String { "gave up after \(timeout) waiting for \(what)" }
    }

    /// Checks `condition` every `interval` until it holds; throws `TimedOut` after `timeout`.
    public static func until(_ what: @autoclosure () -> String, timeout: Duration = .seconds(60),
                             interval: Duration = .milliseconds(10),
                             _ condition: () async throws -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while true {
            if try await condition() { return }
            guard ContinuousClock.now < deadline else { throw TimedOut(what: what(), timeout: timeout) }
            try await Task.sleep(for: interval)
        }
    }

    /// The same, blocking the calling thread (for synchronous helpers).
    public static func untilBlocking(_ what: @autoclosure () -> String, timeout: Duration = .seconds(60),
                                     interval: Duration = .milliseconds(10), _ condition: () throws -> Bool) throws {
        let deadline = ContinuousClock.now + timeout
        let micros = useconds_t(max(1, interval.components.attoseconds / 1_000_000_000_000 + interval.components.seconds * 1_000_000))
        while true {
            if try condition() { return }
            guard ContinuousClock.now < deadline else { throw TimedOut(what: what(), timeout: timeout) }
            usleep(micros)
        }
    }
}
