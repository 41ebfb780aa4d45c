/// The `pokerface terminal-check` screen: a small, honest app on the real loop that shows what the
/// terminal can do (size, suits in colour, capabilities) and echoes keys. It is also the target of
/// the first tmux end-to-end test, until the table exists.
public enum TerminalCheck {
    /// Everything the screen shows that is not the terminal's own size or capabilities.
    public struct State: Equatable, Sendable {
        /// `TERM` as the process saw it.
        public var term: String
        /// The process id, so a test can send it signals.
        public var processID: Int32
        /// The most recent key that was not bound to an action.
        public var lastKey: Key?
        /// How many keys were echoed.
        public var keysEchoed = 0
        /// How many resize events arrived.
        public var resizes = 0
        /// Whether the help overlay is open.
        public var showingHelp = false

        /// The initial state.
        public init(term: String, processID: Int32) {
            self.term = term
            self.processID = processID
        }
    }

    /// What happened.
    public enum Msg: Hashable, Sendable {
        case keyPressed(Key)
        case resized(TerminalSize)
    }

    /// What the loop should do.
    public enum Command: Hashable, Sendable {
        case quit
    }

    /// What bound keys mean.
    public enum Intent: Hashable, Sendable {
        case quit
        case toggleHelp
    }

    /// The key table; the help overlay is generated from it.
    public static let bindings = KeyBindings<Intent>([
        KeyBinding(.character("q"), help: "quit and give the terminal back", intent: .quit),
        KeyBinding(.character("?"), help: "show or hide this help", intent: .toggleHelp),
        KeyBinding(.function(1), help: "show or hide this help", intent: .toggleHelp),
    ])

    /// Terminal events as messages.
    public static func input(_ event: InputEvent) -> Msg? {
        switch event {
        case .key(let key): .keyPressed(key)
        case .resized(let size): .resized(size)
        }
    }

    /// The state transition.
    public static func update(_ state: inout State, _ msg: Msg) -> [Command] {
        switch msg {
        case .resized:
            state.resizes += 1
        case .keyPressed(let key):
            switch bindings.intent(for: key) {
            case .quit:
                return [.quit]
            case .toggleHelp:
                state.showingHelp.toggle()
            case nil:
                if state.showingHelp {
                    state.showingHelp = false  // any other key closes the help first
                } else {
                    state.lastKey = key
                    state.keysEchoed += 1
                }
            }
        }
        return []
    }

    /// The program for ``AppRunner``.
    public static var program: AppProgram<State, Msg, Command> {
        AppProgram(
            render: { state, size, capabilities in render(state, size: size, capabilities: capabilities) },
            update: { state, msg in update(&state, msg) },
            input: { input($0) }
        )
    }
}
