import Glibc

/// Wakes a terminal blocked in ``Terminal/nextInput(timeoutMs:)`` from any thread, so messages
/// posted to an ``Inbox`` are handled at once instead of at the next poll timeout.
///
/// Wraps an eventfd that the terminal polls next to standard input. The descriptor stays open for
/// the life of the process on purpose: a late wake-up from a background task must never write to
/// a closed (or reused) descriptor.
public struct Waker: Sendable {
    let descriptor: Int32

    /// A waker for an eventfd the terminal polls.
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Makes the terminal's current or next wait return immediately.
    public func wake() {
        var one: UInt64 = 1
        _ = withUnsafeBytes(of: &one) { write(descriptor, $0.baseAddress, 8) }
    }

    /// Clears pending wake-ups (called by the terminal after its wait returns).
    func reset() {
        var value: UInt64 = 0
        _ = withUnsafeMutableBytes(of: &value) { read(descriptor, $0.baseAddress, 8) }
    }
}
