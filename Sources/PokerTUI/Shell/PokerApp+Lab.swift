import PokerStore

/// The AI lab's screens in the app: the capture browser and the usage report. Their own pure
/// updates decide what a key means; the app handles help and quit, turns their commands into
/// store queries, and hands the answers back.
extension PokerApp {
    /// Opens the capture browser on every game's decisions, newest first.
    static func openCaptures(_ state: inout AppState) -> [AppCommand] {
        var browser = CaptureBrowserState()
        browser.size = state.size
        state.screen = .captures(browser)
        return CaptureBrowser.start(browser).flatMap { route($0, &state) }
    }

    /// Opens the usage report, grouped by model.
    static func openUsage(_ state: inout AppState) -> [AppCommand] {
        let usage = UsageScreenState()
        state.screen = .usage(usage)
        return UsageScreen.start(usage).flatMap { route($0, &state) }
    }

    /// A key on a lab screen: the help box closes on any key; `?`/F1 and `q` are the app's;
    /// the rest goes to the screen through its key table.
    static func labKey<Message>(_ state: inout AppState, _ key: Key, bindings: KeyBindings<LabKey<Message>>,
                                send: (inout AppState, Message) -> [AppCommand]) -> [AppCommand] {
        if state.showingHelp {
            state.showingHelp = false
            return key == .character("q") ? [.quit] : []
        }
        switch bindings.intent(for: key) {
        case nil: return []
        case .quit: return [.quit]
        case .help:
            state.showingHelp = true
            return []
        case let .message(message): return send(&state, message)
        }
    }

    /// Sends a message to the capture browser, if it is up.
    static func toCaptures(_ state: inout AppState, _ msg: CaptureBrowserMsg) -> [AppCommand] {
        guard case var .captures(browser) = state.screen else { return [] }
        let commands = CaptureBrowser.update(&browser, msg)
        state.screen = .captures(browser)
        return commands.flatMap { route($0, &state) }
    }

    /// A page of captures, unless the browser has moved on to another filter (or is gone).
    static func receivePage(_ state: inout AppState, _ page: CapturePage, filter: CaptureFilter) -> [AppCommand] {
        guard case let .captures(browser) = state.screen, browser.filter == filter else { return [] }
        return toCaptures(&state, .pageLoaded(page))
    }

    /// Sends a message to the usage screen, if it is up.
    static func toUsage(_ state: inout AppState, _ msg: UsageScreenMsg) -> [AppCommand] {
        guard case var .usage(usage) = state.screen else { return [] }
        let commands = UsageScreen.update(&usage, msg)
        state.screen = .usage(usage)
        return commands.flatMap { route($0, &state) }
    }

    /// A capture browser command as app commands: leaving is the app's business.
    static func route(_ command: CaptureBrowserCommand, _ state: inout AppState) -> [AppCommand] {
        switch command {
        case let .load(filter): [.loadCaptures(filter)]
        case let .loadDetail(id): [.loadCapture(id)]
        case .leave: leave(&state)
        }
    }

    /// A usage screen command as app commands.
    static func route(_ command: UsageScreenCommand, _ state: inout AppState) -> [AppCommand] {
        switch command {
        case let .load(query): [.loadUsage(query)]
        case .leave: leave(&state)
        }
    }
}
