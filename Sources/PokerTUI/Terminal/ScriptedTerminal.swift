/// A terminal with no screen: it hands out scripted input and records every frame presented.
/// Used to drive ``AppRunner`` (and later whole screens) from tests without a pty.
@MainActor
public final class ScriptedTerminal: Terminal {
    public private(set) var size: TerminalSize
    public let capabilities: TerminalCapabilities
    /// Scripted terminals never block, so they need no waker.
    public let waker: Waker? = nil
    /// Every frame passed to ``present(_:)``, oldest first.
    public private(set) var frames: [ScreenBuffer] = []
    /// How many times ``nextInput(timeoutMs:)`` was called with nothing left to give.
    public private(set) var idlePolls = 0
    /// True once ``restore()`` ran.
    public private(set) var restored = false

    private var script: [InputEvent?]

    /// A terminal of `size` that will return `script` in order; a `nil` entry is one empty poll.
    /// When the script runs out every poll is empty.
    public init(size: TerminalSize, capabilities: TerminalCapabilities = .full, script: [InputEvent?]) {
        self.size = size
        self.capabilities = capabilities
        self.script = script.reversed()
    }

    public func nextInput(timeoutMs: Int) -> InputEvent? {
        guard let next = script.popLast() else {
            idlePolls += 1
            return nil
        }
        if case .resized(let newSize) = next { size = newSize }
        if next == nil { idlePolls += 1 }
        return next
    }

    public func present(_ buffer: ScreenBuffer) {
        frames.append(buffer)
    }

    public func restore() {
        restored = true
    }

    /// Appends more input to the end of the script.
    public func enqueue(_ events: InputEvent?...) {
        script.insert(contentsOf: events.reversed(), at: 0)
    }
}
