import Glibc
import Testing
@testable import PokerTUI

/// A terminal that hands out keys on a script, each when the screen shows what it waits for,
/// and really waits in between (on a descriptor the inbox can wake, like the curses terminal):
/// for tests of the whole app on its real loop, background work included. Nothing here waits
/// by the clock: a step waits for the screen, and the clock only bounds how long before the
/// test fails.
@MainActor
final class PacedTerminal: Terminal {
    /// When a scripted event is handed out.
    enum Step {
        /// As soon as the screen shows this text.
        case when(String, InputEvent)
        /// As soon as the screen satisfies `condition` (`what` names it in a failure).
        case until(_ what: String, _ condition: @MainActor (String) -> Bool, InputEvent)
        /// Right after the previous event has been handled (keys typed in a row).
        case next(InputEvent)
        /// Runs `action` (open a gate, say) as soon as the screen shows this text; hands out nothing.
        case run(String, @MainActor () -> Void)
    }

    /// How long a step may wait for its screen before the test fails (generous: the machine
    /// may be busy); then the app is asked to leave with Esc and `q` until it does.
    static let deadline = Duration.seconds(120)

    private(set) var size: TerminalSize
    let capabilities: TerminalCapabilities
    let waker: Waker?
    /// Frames with the time since the start.
    private(set) var frames: [(at: Duration, frame: ScreenBuffer)] = []
    /// Input handed out, with the time since the start and the number of frames presented before it.
    private(set) var delivered: [(at: Duration, framesBefore: Int, event: InputEvent)] = []
    /// Whether a step or the end of the script timed out (and an issue was recorded).
    private(set) var gaveUp = false

    private let descriptor: Int32
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var steps: [Step]
    private var waitingSince: ContinuousClock.Instant
    private var lastScreen = ""
    private var leaving = 0

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
        waitingSince = start
    }

    var elapsed: Duration { start.duration(to: clock.now) }

    func nextInput(timeoutMs: Int) -> InputEvent? {
        if let event = due() { return event }
        var descriptors = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
        // A frame may come from background work the inbox wakes us for; the short poll only
        // bounds how often the step's condition is looked at.
        if poll(&descriptors, 1, Int32(min(max(0, timeoutMs), 20))) > 0 { waker?.reset() }
        return due()
    }

    private func due() -> InputEvent? {
        if gaveUp { return leave() }
        guard let step = steps.first else {
            // The script is over but the app still runs: fail rather than hang.
            return waitedTooLong("the app to quit after the last step") ? leave() : nil
        }
        let event: InputEvent
        switch step {
        case let .when(text, scripted):
            guard lastScreen.contains(text) else { return waitedTooLong("\"\(text)\"") ? leave() : nil }
            event = scripted
        case let .until(what, condition, scripted):
            guard condition(lastScreen) else { return waitedTooLong(what) ? leave() : nil }
            event = scripted
        case let .next(scripted):
            event = scripted
        case let .run(text, action):
            guard lastScreen.contains(text) else { return waitedTooLong("\"\(text)\"") ? leave() : nil }
            steps.removeFirst()
            waitingSince = clock.now
            action()
            return due()
        }
        steps.removeFirst()
        if case let .resized(newSize) = event { size = newSize }
        waitingSince = clock.now
        delivered.append((elapsed, frames.count, event))
        return event
    }

    /// Records an issue once the current wait passed ``deadline``.
    private func waitedTooLong(_ what: String) -> Bool {
        guard waitingSince.duration(to: clock.now) > Self.deadline else { return false }
        Issue.record("gave up after \(Self.deadline) waiting for \(what); the screen was:\n\(lastScreen)")
        gaveUp = true
        return true
    }

    /// Esc and `q`, in turn, until the app quits (back out of a form, leave a table, quit the menu).
    private func leave() -> InputEvent {
        leaving += 1
        precondition(leaving < 200, "the app would not quit on Esc and q; the screen was:\n\(lastScreen)")
        return leaving.isMultiple(of: 2) ? .key(.character("q")) : .key(.escape)
    }

    func present(_ buffer: ScreenBuffer) {
        frames.append((elapsed, buffer))
        lastScreen = buffer.textDump()
    }

    func restore() {}

    /// The first frame presented after the `index`th event was handed out.
    func frame(afterEvent index: Int) -> ScreenBuffer? {
        let before = delivered[index].framesBefore
        return frames.count > before ? frames[before].frame : nil
    }
}
