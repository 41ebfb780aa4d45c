import Glibc
@testable import PokerTUI

/// A terminal that hands out keys at scripted times and really waits in between (on an eventfd
/// the inbox can wake, like the curses terminal), recording when each frame was presented: for
/// tests of timing — a slow AI must not hold up the keys typed meanwhile.
@MainActor
final class PacedTerminal: Terminal {
    private(set) var size: TerminalSize
    let capabilities: TerminalCapabilities
    let waker: Waker?
    /// Frames with the time since the start.
    private(set) var frames: [(at: Duration, frame: ScreenBuffer)] = []
    /// Input handed out, with the time since the start.
    private(set) var delivered: [(at: Duration, event: InputEvent)] = []

    private let descriptor: Int32
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var script: [(at: Duration, event: InputEvent)]

    /// `script`: events and when to deliver them, counted from now.
    init(size: TerminalSize, capabilities: TerminalCapabilities = .full, script: [(Duration, InputEvent)]) {
        self.size = size
        self.capabilities = capabilities
        self.script = script.map { (at: $0.0, event: $0.1) }.sorted { $0.at < $1.at }
        // A FIFO opened read-write is one descriptor that can be both written and polled, like the
        // eventfd the curses terminal uses (which Glibc's module map does not expose).
        let path = "/tmp/pokertui-waker-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        mkfifo(path, 0o600)
        descriptor = open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC)
        unlink(path)
        waker = descriptor >= 0 ? Waker(descriptor: descriptor) : nil
        start = clock.now
    }

    var elapsed: Duration { start.duration(to: clock.now) }

    func nextInput(timeoutMs: Int) -> InputEvent? {
        if let event = due() { return event }
        var wait = Duration.milliseconds(timeoutMs)
        if let next = script.first { wait = min(wait, max(.zero, next.at - elapsed)) }
        var descriptors = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
        let milliseconds = Int32((wait / .milliseconds(1)).rounded(.up))
        if poll(&descriptors, 1, milliseconds) > 0 { waker?.reset() }
        return due()
    }

    private func due() -> InputEvent? {
        guard let next = script.first, next.at <= elapsed else { return nil }
        script.removeFirst()
        if case let .resized(newSize) = next.event { size = newSize }
        delivered.append((elapsed, next.event))
        return next.event
    }

    func present(_ buffer: ScreenBuffer) {
        frames.append((elapsed, buffer))
    }

    func restore() {}

    /// The first frame presented at or after `time`.
    func frame(after time: Duration) -> (at: Duration, frame: ScreenBuffer)? {
        frames.first { $0.at >= time }
    }
}
