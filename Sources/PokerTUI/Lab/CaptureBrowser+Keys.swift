extension CaptureBrowser {
    /// The browser's keys: ``message(for:)`` reads them and the `?` help is generated from them.
    /// `?`/F1 and `q` are the app's (help, quit); everything else is a ``CaptureBrowserMsg``.
    public static let bindings = KeyBindings<LabKey<CaptureBrowserMsg>>([
        KeyBinding(.up, help: "previous capture (in a capture: scroll up)", intent: .message(.up)),
        KeyBinding(.character("k"), help: "previous capture (in a capture: scroll up)", intent: .message(.up)),
        KeyBinding(.down, help: "next capture (in a capture: scroll down)", intent: .message(.down)),
        KeyBinding(.character("j"), help: "next capture (in a capture: scroll down)", intent: .message(.down)),
        KeyBinding(.right, help: "next page (in a capture: a screen down)", intent: .message(.pageForward)),
        KeyBinding(.pageDown, help: "next page (in a capture: a screen down)", intent: .message(.pageForward)),
        KeyBinding(.character("n"), help: "next page (in a capture: a screen down)", intent: .message(.pageForward)),
        KeyBinding(.left, help: "previous page (in a capture: a screen up)", intent: .message(.pageBack)),
        KeyBinding(.pageUp, help: "previous page (in a capture: a screen up)", intent: .message(.pageBack)),
        KeyBinding(.character("p"), help: "previous page (in a capture: a screen up)", intent: .message(.pageBack)),
        KeyBinding(.enter, help: "show the capture: prompt, answer, verdict, mind, cost", intent: .message(.open)),
        KeyBinding(.character("v"), help: "verdict: any, mistake, marginal, correct", intent: .message(.cycleVerdict)),
        KeyBinding(.character("s"), help: "street: any, preflop, flop, turn, river", intent: .message(.cycleStreet)),
        KeyBinding(.character("e"), help: "problems: any, some, parse, illegal, timeout, fallback",
                   intent: .message(.cycleProblem)),
        KeyBinding(.character("r"), help: "the games' decisions or the lab's re-runs", intent: .message(.toggleReruns)),
        KeyBinding(.escape, help: "back: close the capture, then to the menu", intent: .message(.leave)),
        KeyBinding(.character("b"), help: "back: close the capture, then to the menu", intent: .message(.leave)),
        KeyBinding(.character("?"), help: "show or hide this help", intent: .help),
        KeyBinding(.function(1), help: "show or hide this help", intent: .help),
        KeyBinding(.character("q"), help: "quit", intent: .quit),
    ])

    /// The message `key` means in the browser, or nil (also for the app's help and quit keys).
    public static func message(for key: Key) -> CaptureBrowserMsg? {
        bindings.message(for: key)
    }
}
