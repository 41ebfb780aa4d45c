/// What ``Terminal/nextInput(timeoutMs:)`` can report.
public enum InputEvent: Hashable, Sendable {
    /// A key was pressed.
    case key(Key)
    /// The window changed size; the next frame must be rendered for the new size.
    case resized(TerminalSize)
}
