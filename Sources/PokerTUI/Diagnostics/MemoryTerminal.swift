import Glibc

/// A terminal with no screen for benchmarks: it keeps the last frame, counts the cells a real
/// terminal would have to redraw (the same diff the curses terminal makes), and waits for input
/// on a descriptor that ``Inbox`` posts wake, exactly like the live terminal idles.
@MainActor
public final class MemoryTerminal: Terminal {
    public let size: TerminalSize
    public let capabilities: TerminalCapabilities
    public let waker: Waker?
    /// Frames presented so far.
    public private(set) var framesPresented = 0
    /// Cells that differed from the previous frame, summed over all frames.
    public private(set) var cellsDrawn = 0
    /// Times the input wait returned with nothing.
    public private(set) var emptyWaits = 0

    private var previous: ScreenBuffer?
    private var grid: [Cell]
    private let descriptor: Int32

    /// A `size` terminal.
    public init(size: TerminalSize, capabilities: TerminalCapabilities = .full) {
        self.size = size
        self.capabilities = capabilities
        grid = Array(repeating: .blank, count: size.width * size.height)
        // A FIFO opened read-write: one descriptor to write (wake) and to poll, like an eventfd.
        let path = "/tmp/pokerface-memory-terminal-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        descriptor = mkfifo(path, 0o600) == 0 ? open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC) : -1
        unlink(path)
        waker = descriptor >= 0 ? Waker(descriptor: descriptor) : nil
    }

    public func nextInput(timeoutMs: Int) -> InputEvent? {
        var descriptors = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
        if poll(&descriptors, 1, Int32(clamping: max(0, timeoutMs))) > 0 {
            waker?.reset()
        } else {
            emptyWaits += 1
        }
        return nil
    }

    public func present(_ buffer: ScreenBuffer) {
        framesPresented += 1
        let full = previous?.size != buffer.size
        for y in 0..<min(buffer.height, size.height) {
            for x in 0..<min(buffer.width, size.width) {
                let cell = buffer[x, y]
                if !full, let previous, previous[x, y] == cell { continue }
                grid[y * size.width + x] = cell
                cellsDrawn += 1
            }
        }
        previous = buffer
    }

    public func restore() {}
}
