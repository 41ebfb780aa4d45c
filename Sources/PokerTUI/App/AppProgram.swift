/// What an app is, as plain functions: the bubbletea/TCA shape that ``AppRunner`` drives.
///
/// - `update(&state, msg) -> [Command]` is the only place state changes; it performs no effects.
/// - `render(state, size, capabilities) -> ScreenBuffer` is pure: same input, same frame.
/// - `input` turns terminal events into messages (consult a ``KeyBindings`` table there).
/// - `tick` is asked for a message at every `tickInterval`; returning `nil` (nothing animates)
///   lets the loop sleep in the input wait, which is what keeps an idle app at ~0% CPU.
public struct AppProgram<State: Equatable, Msg: Sendable, Command> {
    /// Draws a state at a size.
    public var render: @MainActor (State, TerminalSize, TerminalCapabilities) -> ScreenBuffer
    /// Applies one message; returns the effects to perform.
    public var update: @MainActor (inout State, Msg) -> [Command]
    /// Maps a key press or resize to a message, or ignores it.
    public var input: @MainActor (InputEvent) -> Msg?
    /// The timer message for the current state, or `nil` when no timer is needed.
    public var tick: @MainActor (State) -> Msg?
    /// How often ``tick`` is asked.
    public var tickInterval: Duration

    /// Creates a program from its functions.
    public init(
        render: @escaping @MainActor (State, TerminalSize, TerminalCapabilities) -> ScreenBuffer,
        update: @escaping @MainActor (inout State, Msg) -> [Command],
        input: @escaping @MainActor (InputEvent) -> Msg?,
        tick: @escaping @MainActor (State) -> Msg? = { _ in nil },
        tickInterval: Duration = .milliseconds(100)
    ) {
        self.render = render
        self.update = update
        self.input = input
        self.tick = tick
        self.tickInterval = tickInterval
    }
}

/// What performing a command tells the loop.
public enum LoopControl: Hashable, Sendable {
    /// Keep running.
    case keepRunning
    /// Leave ``AppRunner/run()`` (the terminal is restored on the way out).
    case quit
}
