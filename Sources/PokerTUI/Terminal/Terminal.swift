/// The seam between the app and the screen. The live implementation is ``CursesTerminal``;
/// ``ScriptedTerminal`` replays keys and records frames for tests.
///
/// Everything runs on the main actor: ncurses is not thread-safe.
@MainActor
public protocol Terminal: AnyObject {
    /// The current size in columns and rows.
    var size: TerminalSize { get }
    /// What the renderers may use (Unicode glyphs, colours).
    var capabilities: TerminalCapabilities { get }
    /// Interrupts ``nextInput(timeoutMs:)`` from other threads; `nil` when the terminal cannot be
    /// woken (the loop then polls at ``AppRunner/pollTimeoutMs``).
    var waker: Waker? { get }
    /// Waits up to `timeoutMs` milliseconds for input; `nil` when none arrived or the ``waker``
    /// fired. Blocks the caller (this is how the loop idles without spinning).
    func nextInput(timeoutMs: Int) -> InputEvent?
    /// Shows `buffer`, redrawing only what changed since the last frame (everything after a resize).
    func present(_ buffer: ScreenBuffer)
    /// Gives the terminal back to the shell (cooked mode, main screen, cursor visible). Idempotent.
    func restore()
}
