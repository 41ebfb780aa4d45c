/// What a key means at the table.
public enum TableIntent: Hashable, Sendable {
    case fold, checkOrCall, raise, allIn
    /// Arm (or disarm) a decision for when the human's turn comes.
    case advance(AdvanceAction)
    case talk, hud, help, quit
    case logBack, logForward, logNewest, logOldest
    case nextHand
    case watch, simulate, abandon
    /// Stacks in big blinds on or off.
    case bigBlinds
    /// Show the human's cards after the hand.
    case showCards
    case tournament, previousHand, notes, pause
}

/// What a key means in the raise box.
public enum RaiseIntent: Hashable, Sendable {
    case digit, size, erase, preset, nudgeUp, nudgeDown, confirm, cancel, help, quit
}

extension TableScreen {
    /// The table's keys; the help overlay is generated from this table.
    public static let bindings = KeyBindings<TableIntent>([
        KeyBinding(.character("f"), help: "fold", intent: .fold),
        KeyBinding(.character("c"), help: "check, or call", intent: .checkOrCall),
        KeyBinding(.character("r"), help: "bet or raise: amount box", intent: .raise),
        KeyBinding(.character("a"), help: "all-in (a again confirms)", intent: .allIn),
        KeyBinding(.character("1"), help: "early: check/fold", intent: .advance(.checkFold)),
        KeyBinding(.character("2"), help: "early: check", intent: .advance(.check)),
        KeyBinding(.character("3"), help: "early: call any", intent: .advance(.callAny)),
        KeyBinding(.character("4"), help: "early: fold to any bet", intent: .advance(.foldToAnyBet)),
        KeyBinding(.character("t"), help: "talk at the table", intent: .talk),
        KeyBinding(.character("v"), help: "show your cards", intent: .showCards),
        KeyBinding(.character("b"), help: "stacks in big blinds", intent: .bigBlinds),
        KeyBinding(.character("i"), help: "tournament panel", intent: .tournament),
        KeyBinding(.character("l"), help: "the previous hand", intent: .previousHand),
        KeyBinding(.character("N"), help: "notes on a player", intent: .notes),
        KeyBinding(.character("h"), help: "opponent stats (HUD)", intent: .hud),
        KeyBinding(.character("p"), help: "pause / resume", intent: .pause),
        KeyBinding(.pageUp, help: "scroll the log back", intent: .logBack),
        KeyBinding(.pageDown, help: "scroll the log forward", intent: .logForward),
        KeyBinding(.home, help: "log: the oldest line", intent: .logOldest),
        KeyBinding(.end, help: "log: follow the newest", intent: .logNewest),
        KeyBinding(.character(" "), help: "deal the next hand", intent: .nextHand),
        KeyBinding(.enter, help: "deal the next hand", intent: .nextHand),
        KeyBinding(.character("n"), help: "deal the next hand", intent: .nextHand),
        KeyBinding(.character("w"), help: "busted: watch the rest", intent: .watch),
        KeyBinding(.character("s"), help: "busted: play it out fast", intent: .simulate),
        KeyBinding(.character("x"), help: "abandon the game", intent: .abandon),
        KeyBinding(.character("?"), help: "show or hide this help", intent: .help),
        KeyBinding(.function(1), help: "show or hide this help", intent: .help),
        KeyBinding(.character("q"), help: "leave the table (saved)", intent: .quit),
    ])

    /// The raise box's keys (digits are matched by ``raiseIntent(for:)``; the help shows one row).
    public static let raiseBindings = KeyBindings<RaiseIntent>([
        KeyBinding(.character("0"), label: "0-9", help: "type the amount (raise to, in chips)", intent: .digit),
        KeyBinding(.character("b"), label: "bb", help: "in big blinds: 3bb", intent: .size),
        KeyBinding(.character("x"), help: "times the bet: 2.5x", intent: .size),
        KeyBinding(.character("%"), help: "share of the pot: 75%", intent: .size),
        KeyBinding(.character("."), help: "decimal point: 2.5x", intent: .size),
        KeyBinding(.up, help: "one big blind more", intent: .nudgeUp),
        KeyBinding(.character("+"), help: "one big blind more", intent: .nudgeUp),
        KeyBinding(.right, help: "one big blind more", intent: .nudgeUp),
        KeyBinding(.down, help: "one big blind less", intent: .nudgeDown),
        KeyBinding(.character("-"), help: "one big blind less", intent: .nudgeDown),
        KeyBinding(.left, help: "one big blind less", intent: .nudgeDown),
        KeyBinding(.backspace, help: "erase a character", intent: .erase),
        KeyBinding(.character("m"), help: "minimum raise", intent: .preset),
        KeyBinding(.character("h"), help: "half the pot", intent: .preset),
        KeyBinding(.character("t"), help: "three quarters of the pot", intent: .preset),
        KeyBinding(.character("p"), help: "the pot", intent: .preset),
        KeyBinding(.character("a"), help: "all-in", intent: .preset),
        KeyBinding(.enter, help: "bet or raise the amount", intent: .confirm),
        KeyBinding(.escape, help: "close the box", intent: .cancel),
        KeyBinding(.character("?"), help: "show or hide this help", intent: .help),
        KeyBinding(.character("q"), help: "leave the table (saved)", intent: .quit),
    ])

    /// The raise-box meaning of `key` (any digit is ``RaiseIntent/digit``).
    static func raiseIntent(for key: Key) -> RaiseIntent? {
        if case let .character(c) = key, c.isASCII, c.isNumber { return .digit }
        if key == .delete { return .erase }
        if key == .function(1) { return .help }
        return raiseBindings.intent(for: key)
    }
}
