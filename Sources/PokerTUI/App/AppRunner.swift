/// The single impure loop: input and inbox messages in, `update`, commands out, frames presented.
///
/// Each turn it blocks in the terminal's input wait (woken by keys, resizes and inbox posts; at
/// most until the next tick when the program wants ticks), drains the ``inbox``, runs `update`
/// for every message, performs the returned commands, and renders only when the state changed or
/// the window was resized. Idle, it neither wakes nor draws.
/// Below ``minimumSize`` it shows ``renderTooSmall(size:minimum:capabilities:hint:)`` instead of
/// the program's frame and ignores every key but ``keysWhenTooSmall``. The terminal is restored whenever ``run()`` returns or throws.
@MainActor
public final class AppRunner<State: Equatable, Msg: Sendable, Command> {
    /// Where background work posts its results.
    public let inbox: Inbox<Msg>
    /// The current state.
    public private(set) var state: State
    /// The longest wait for input per turn when the terminal has no ``Waker``; it bounds inbox
    /// latency (16–50 ms is a good range).
    public var pollTimeoutMs = 30
    /// The longest wait when the terminal has a ``Waker`` and no tick is wanted. Posts and resizes
    /// wake the loop at once, so this is only a safety net; idle, the loop wakes this rarely.
    public var idleTimeoutMs = 1000
    /// Below this size the "make the window larger" screen is shown.
    public var minimumSize = TerminalSize.minimum
    /// The only keys that still act below ``minimumSize`` (the screen says "q quits"); every other
    /// key is dropped, so nothing happens that the player cannot see.
    public var keysWhenTooSmall: Set<Key> = [.character("q")]
    /// Frames presented so far.
    public private(set) var framesPresented = 0
    /// Keys dropped since the window became too small; the screen counts them, so a player who
    /// types anyway sees that nothing happened.
    public private(set) var keysIgnored = 0

    private let terminal: any Terminal
    private let program: AppProgram<State, Msg, Command>
    private let perform: @MainActor (Command, Inbox<Msg>) throws -> LoopControl
    private let clock = ContinuousClock()

    /// A runner for `program` on `terminal`, starting from `state`.
    /// - Parameter perform: carries out one command (start a task that later posts to the inbox,
    ///   save, quit …) and says whether to keep running.
    public init(
        terminal: any Terminal,
        state: State,
        program: AppProgram<State, Msg, Command>,
        inbox: Inbox<Msg> = Inbox(),
        perform: @escaping @MainActor (Command, Inbox<Msg>) throws -> LoopControl
    ) {
        self.terminal = terminal
        self.state = state
        self.program = program
        self.inbox = inbox
        self.perform = perform
        inbox.setWaker(terminal.waker)
    }

    /// Runs until a command returns ``LoopControl/quit`` or `perform` throws; restores the terminal.
    public func run() throws {
        defer { terminal.restore() }
        var dirty = true
        var nextTick = clock.now.advanced(by: program.tickInterval)
        while true {
            if dirty {
                present()
                dirty = false
            }
            var timeout = terminal.waker == nil ? pollTimeoutMs : idleTimeoutMs
            if program.tick(state) != nil {
                timeout = min(timeout, max(0, Self.milliseconds(clock.now.duration(to: nextTick))))
            }
            let event = terminal.nextInput(timeoutMs: timeout)
            var messages: [Msg] = []
            if let event {
                if case .resized = event {
                    dirty = true
                    if terminal.size.fits(minimumSize) { keysIgnored = 0 }
                }
                if case let .key(key) = event, !terminal.size.fits(minimumSize), !keysWhenTooSmall.contains(key) {
                    // The table is not on screen: a key typed now would act unseen.
                    keysIgnored += 1
                    dirty = true
                } else if let message = program.input(event) {
                    messages.append(message)
                }
            }
            messages += inbox.drain()
            if clock.now >= nextTick {
                nextTick = clock.now.advanced(by: program.tickInterval)
                if let message = program.tick(state) { messages.append(message) }
            }
            for message in messages {
                let before = state
                let commands = program.update(&state, message)
                if state != before { dirty = true }
                for command in commands {
                    if try perform(command, inbox) == .quit { return }
                }
            }
        }
    }

    /// Renders the current state for the terminal's size and presents it.
    private func present() {
        let size = terminal.size
        var frame: ScreenBuffer
        if size.fits(minimumSize) {
            frame = program.render(state, size, terminal.capabilities)
        } else {
            var hint = "q quits"
            if keysIgnored > 0 { hint += " \u{00B7} \(keysIgnored) \(keysIgnored == 1 ? "key" : "keys") ignored until it is larger" }
            frame = renderTooSmall(size: size, minimum: minimumSize, capabilities: terminal.capabilities,
                                   hint: terminal.capabilities.text(hint))
        }
        if frame.size != size {
            var fitted = ScreenBuffer(size: size)
            fitted.paste(frame, at: (0, 0))
            frame = fitted
        }
        terminal.present(frame)
        framesPresented += 1
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let value = (duration / .milliseconds(1)).rounded(.up)
        return Int(min(max(value, 0), 1_000_000))
    }
}
