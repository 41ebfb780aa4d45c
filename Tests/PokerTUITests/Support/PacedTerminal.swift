import Glibc
import Synchronization
@testable import PokerTUI

/// A terminal that hands out keys on a script and really waits in between (on a descriptor the
/// inbox can wake, like the curses terminal), recording when each frame was presented: for tests
/// of timing — a slow AI must not hold up the keys typed meanwhile — and of background work.
@MainActor
final class PacedTerminal: Terminal {
    /// When a scripted event is handed out.
    enum Step {
        /// At this time since the start.
        case at(Duration, InputEvent)
        /// This long after the previous event.
        case after(Duration, InputEvent)
        /// As soon as the screen shows this text (after at most 120 s, regardless: the test then fails on what it sees).
        case when(String, InputEvent)
    }

    private(set) var size: TerminalSize
    let capabilities: TerminalCapabilities
    let waker: Waker?
    /// Frames with the time since the start.
    private(set) var frames: [(at: Duration, frame: ScreenBuffer)] = []
    /// Input handed out, with the time since the start.
    private(set) var delivered: [(at: Duration, event: InputEvent)] = []
    /// How many events were handed out, readable from any thread (e.g. by a controller that waits
    /// for the keys before answering).
    nonisolated let handedOut = Atomic<Int>(0)

    private let descriptor: Int32
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var steps: [Step]
    private var lastDelivery: Duration = .zero
    private var lastScreen = ""

    init(size: TerminalSize, capabilities: TerminalCapabilities = .full, steps: [Step]) {
        self.size = size
        self.capabilities = capabilities
        self.steps = steps
        // A FIFO opened read-write is one descriptor that can be both written and polled, like the
        // eventfd the curses terminal uses (which Glibc's module map does not expose).
        let path = "/tmp/pokertui-waker-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        mkfifo(path, 0o600)
        descriptor = open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC)
        unlink(path)
        waker = descriptor >= 0 ? Waker(descriptor: descriptor) : nil
        start = clock.now
    }

    /// Events at fixed times since the start.
    convenience init(size: TerminalSize, capabilities: TerminalCapabilities = .full, script: [(Duration, InputEvent)]) {
        self.init(size: size, capabilities: capabilities, steps: script.sorted { $0.0 < $1.0 }.map { .at($0.0, $0.1) })
    }

    var elapsed: Duration { start.duration(to: clock.now) }

    func nextInput(timeoutMs: Int) -> InputEvent? {
        if let event = due() { return event }
        var wait = Duration.milliseconds(timeoutMs)
        switch steps.first {
        case let .at(time, _)?: wait = min(wait, max(.zero, time - elapsed))
        case let .after(delay, _)?: wait = min(wait, max(.zero, lastDelivery + delay - elapsed))
        case .when?: wait = min(wait, .milliseconds(20))
        case nil: break
        }
        var descriptors = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
        if poll(&descriptors, 1, Int32((wait / .milliseconds(1)).rounded(.up))) > 0 { waker?.reset() }
        return due()
    }

    private func due() -> InputEvent? {
        guard let step = steps.first else { return nil }
        let now = elapsed
        let event: InputEvent
        switch step {
        case let .at(time, scripted):
            guard now >= time else { return nil }
            event = scripted
        case let .after(delay, scripted):
            guard now >= lastDelivery + delay else { return nil }
            event = scripted
        case let .when(text, scripted):
            guard lastScreen.contains(text) || now - lastDelivery > .seconds(120) else { return nil }
            event = scripted
        }
        steps.removeFirst()
        if case let .resized(newSize) = event { size = newSize }
        lastDelivery = now
        delivered.append((now, event))
        handedOut.add(1, ordering: .sequentiallyConsistent)
        return event
    }

    func present(_ buffer: ScreenBuffer) {
        frames.append((elapsed, buffer))
        lastScreen = buffer.textDump()
    }

    func restore() {}

    /// The first frame presented at or after `time`.
    func frame(after time: Duration) -> (at: Duration, frame: ScreenBuffer)? {
        frames.first { $0.at >= time }
    }
}
