import PokerEngine

/// The replay viewer's update: browse a game's hands, step through one.
public enum ReplayScreen {
    /// What a key asks of the app.
    public enum Outcome: Sendable {
        case none, back, quit
        case request(ReplayRequest)
    }

    /// The browser's and the viewer's keys (help is generated from these).
    public static let browserBindings = KeyBindings<String>([
        KeyBinding(.up, help: "previous / next hand", intent: "move"),
        KeyBinding(.down, help: "previous / next hand", intent: "move"),
        KeyBinding(.tab, help: "filter: all, biggest pots, showdowns, AI mistakes", intent: "filter"),
        KeyBinding(.enter, help: "replay the hand", intent: "open"),
        KeyBinding(.escape, help: "back", intent: "back"),
        KeyBinding(.character("?"), help: "show or hide this help", intent: "help"),
        KeyBinding(.character("q"), help: "quit", intent: "quit"),
    ])

    /// The keys while a hand is replayed.
    public static let viewerBindings = KeyBindings<String>([
        KeyBinding(.right, help: "next / previous action", intent: "step"),
        KeyBinding(.left, help: "next / previous action", intent: "step"),
        KeyBinding(.home, help: "as dealt / the end", intent: "ends"),
        KeyBinding(.end, help: "as dealt / the end", intent: "ends"),
        KeyBinding(.character("1"), label: "1-4", help: "jump to preflop, flop, turn, river", intent: "street"),
        KeyBinding(.character("t"), help: "the hand's table talk / the decision and log", intent: "talk"),
        KeyBinding(.character("e"), help: "export the hand (PHH and PokerStars files)", intent: "export"),
        KeyBinding(.escape, help: "back to the hand list", intent: "back"),
        KeyBinding(.character("?"), help: "show or hide this help", intent: "help"),
        KeyBinding(.character("q"), help: "quit", intent: "quit"),
    ])

    /// A key for the browser or the viewer; `q` quits and `?` shows help from either.
    public static func update(_ state: inout ReplayState, key: Key) -> Outcome {
        if state.showingHelp {
            state.showingHelp = false
            return key == .character("q") ? .quit : .none
        }
        if key == .character("q") { return .quit }
        if key == .character("?") || key == .function(1) {
            state.showingHelp = true
            return .none
        }
        if var viewer = state.viewer {
            let outcome = viewerKey(&viewer, key)
            if case .back = outcome {
                state.viewer = nil
                state.notice = nil
                return state.browser == nil ? .back : .none
            }
            state.viewer = viewer
            return outcome
        }
        guard var browser = state.browser else { return key == .escape ? .back : .none }
        defer { state.browser = browser }
        let count = browser.listed.count
        switch key {
        case .up, .character("k"): if count > 0 { browser.selected = (browser.selected + count - 1) % count }
        case .down, .character("j"): if count > 0 { browser.selected = (browser.selected + 1) % count }
        case .pageUp: browser.selected = max(0, browser.selected - 10)
        case .pageDown: browser.selected = max(0, min(count - 1, browser.selected + 10))
        case .home: browser.selected = 0
        case .end: browser.selected = max(0, count - 1)
        case .tab, .character("f"):
            let filters = HandBrowserState.Filter.allCases
            browser.filter = filters[(browser.filter.rawValue + 1) % filters.count]
            browser.selected = 0
        case .backTab:
            let filters = HandBrowserState.Filter.allCases
            browser.filter = filters[(browser.filter.rawValue + filters.count - 1) % filters.count]
            browser.selected = 0
        case .enter, .right:
            let listed = browser.listed
            guard listed.indices.contains(browser.selected) else { return .none }
            state.notice = "Loading hand \(listed[browser.selected].number)\u{2026}"
            return .request(.loadHand(handID: listed[browser.selected].id.rawValue))
        case .escape, .left, .backspace: return .back
        default: break
        }
        return .none
    }

    static func viewerKey(_ viewer: inout ReplayViewerState, _ key: Key) -> Outcome {
        let last = viewer.hand.frames.count - 1
        switch key {
        case .right, .character("l"), .character(" "), .character("n"): viewer.frame = min(last, viewer.frame + 1)
        case .left, .character("h"), .character("p"): viewer.frame = max(0, viewer.frame - 1)
        case .home: viewer.frame = 0
        case .end: viewer.frame = last
        case .character("1"): viewer.frame = 0
        case .character("2"): viewer.frame = viewer.hand.frame(reaching: .flop)
        case .character("3"): viewer.frame = viewer.hand.frame(reaching: .turn)
        case .character("4"): viewer.frame = viewer.hand.frame(reaching: .river)
        case .character("t"): viewer.showTalk.toggle()
        case .character("e"): return .request(.export(handID: viewer.hand.id))
        case .escape, .backspace: return .back
        default: break
        }
        return .none
    }

    /// Applies a loaded result.
    public static func receive(_ state: inout ReplayState, _ msg: ReplayMsg) {
        switch msg {
        case let .handsLoaded(browser):
            state.browser = browser
            state.notice = nil
        case let .handLoaded(hand, browser):
            if let browser, state.browser == nil { state.browser = browser }
            state.viewer = ReplayViewerState(hand: hand)
            state.notice = nil
        case let .exported(text):
            state.notice = text
        case let .failed(text):
            state.notice = text
        }
    }
}
