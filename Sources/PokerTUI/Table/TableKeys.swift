/// What a key means at the table.
public enum TableIntent: Hashable, Sendable {
    case fold, checkOrCall, raise, allIn
    case talk, hud, help, quit
    case logBack, logForward, logNewest, logOldest
    case nextHand
    case watch, simulate, abandon
}

/// What a key means in the raise box.
public enum RaiseIntent: Hashable, Sendable {
    case digit, erase, preset, confirm, cancel, help, quit
}

extension TableScreen {
    /// The table's keys; the help overlay is generated from this table.
    public static let bindings = KeyBindings<TableIntent>([
        KeyBinding(.character("f"), help: "fold", intent: .fold),
        KeyBinding(.character("c"), help: "check, or call the amount shown", intent: .checkOrCall),
        KeyBinding(.character("r"), help: "bet or raise: open the amount box", intent: .raise),
        KeyBinding(.character("a"), help: "all-in", intent: .allIn),
        KeyBinding(.character("t"), help: "talk at the table (Enter sends)", intent: .talk),
        KeyBinding(.character("h"), help: "opponent stats (HUD) on or off", intent: .hud),
        KeyBinding(.pageUp, help: "scroll the log back", intent: .logBack),
        KeyBinding(.pageDown, help: "scroll the log forward", intent: .logForward),
        KeyBinding(.home, help: "log: the oldest line", intent: .logOldest),
        KeyBinding(.end, help: "log: follow the newest line", intent: .logNewest),
        KeyBinding(.character(" "), help: "deal the next hand", intent: .nextHand),
        KeyBinding(.enter, help: "deal the next hand", intent: .nextHand),
        KeyBinding(.character("n"), help: "deal the next hand", intent: .nextHand),
        KeyBinding(.character("w"), help: "after busting: watch the rest here", intent: .watch),
        KeyBinding(.character("s"), help: "after busting: play the rest out quickly", intent: .simulate),
        KeyBinding(.character("x"), help: "after busting: abandon the game", intent: .abandon),
        KeyBinding(.character("?"), help: "show or hide this help", intent: .help),
        KeyBinding(.function(1), help: "show or hide this help", intent: .help),
        KeyBinding(.character("q"), help: "quit (every action is already saved)", intent: .quit),
    ])

    /// The raise box's keys (digits are matched by ``raiseIntent(for:)``; the help shows one row).
    public static let raiseBindings = KeyBindings<RaiseIntent>([
        KeyBinding(.character("0"), label: "0-9", help: "type the amount (raise to, in chips)", intent: .digit),
        KeyBinding(.backspace, help: "erase a digit", intent: .erase),
        KeyBinding(.character("m"), help: "minimum raise", intent: .preset),
        KeyBinding(.character("h"), help: "half the pot", intent: .preset),
        KeyBinding(.character("t"), help: "three quarters of the pot", intent: .preset),
        KeyBinding(.character("p"), help: "the pot", intent: .preset),
        KeyBinding(.character("a"), help: "all-in", intent: .preset),
        KeyBinding(.enter, help: "bet or raise the amount", intent: .confirm),
        KeyBinding(.escape, help: "close the box", intent: .cancel),
        KeyBinding(.character("?"), help: "show or hide this help", intent: .help),
        KeyBinding(.character("q"), help: "quit (every action is already saved)", intent: .quit),
    ])

    /// The raise-box meaning of `key` (any digit is ``RaiseIntent/digit``).
    static func raiseIntent(for key: Key) -> RaiseIntent? {
        if case let .character(c) = key, c.isASCII, c.isNumber { return .digit }
        if key == .delete { return .erase }
        if key == .function(1) { return .help }
        return raiseBindings.intent(for: key)
    }
}
