extension PokerApp {
    /// Takes over the terminal (see ``CursesTerminal``).
    /// - Throws: ``TerminalError`` when there is no usable terminal; print its one sentence and exit 2.
    @MainActor
    public static func openTerminal() throws(TerminalError) -> CursesTerminal {
        try CursesTerminal()
    }

    /// Runs the app on `terminal` until it quits, then restores the terminal. Background work
    /// may still be saving: call ``AppEffects/finish()`` afterwards.
    /// - Parameters:
    ///   - makeState: the first state, for the terminal's size.
    ///   - initialCommands: work to start at once (e.g. loading the hand to replay).
    /// - Returns: the state the app ended in (see ``farewell(_:)`` for what to print then).
    @MainActor @discardableResult
    public static func run(on terminal: any Terminal, effects: AppEffects, initialCommands: [AppCommand] = [],
                           makeState: (ContinuousClock.Instant, TerminalSize) -> AppState) throws -> AppState {
        var state = makeState(.now, terminal.size)
        let commands = begin(&state) + initialCommands
        let runner = AppRunner(terminal: terminal, state: state, program: program) { command, inbox in
            effects.perform(command, inbox: inbox)
        }
        for command in commands where effects.perform(command, inbox: runner.inbox) == .quit {
            terminal.restore()
            return runner.state
        }
        try runner.run()
        return runner.state
    }
}
