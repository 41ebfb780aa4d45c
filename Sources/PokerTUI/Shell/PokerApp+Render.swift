import PokerEngine

extension PokerApp {
    /// Draws the screen that is up.
    public static func render(_ state: AppState, size: TerminalSize, capabilities: TerminalCapabilities) -> ScreenBuffer {
        var capabilities = capabilities
        capabilities.fourColorDeck = state.settings.fourColorDeck
        let buffer = screen(state, size: size, capabilities: capabilities)
        return capabilities.unicode ? buffer : buffer.asciiOnly()
    }

    static func screen(_ state: AppState, size: TerminalSize, capabilities: TerminalCapabilities) -> ScreenBuffer {
        switch state.screen {
        case let .menu(menu):
            var buffer = MainMenu.render(menu, size: size, capabilities: capabilities)
            if state.showingHelp {
                renderHelpOverlay(bindings: menuBindings, into: &buffer, capabilities: capabilities, title: "Menu keys")
            }
            return buffer
        case let .setup(setup): return GameSetup.render(setup, size: size, capabilities: capabilities)
        case let .picker(picker): return GamePicker.render(picker, size: size, capabilities: capabilities)
        case let .table(table): return TableScreen.render(table, size: size, capabilities: capabilities)
        case let .replay(replay): return ReplayScreen.render(replay, size: size, capabilities: capabilities)
        case let .stats(stats): return StatsScreen.render(stats, size: size, capabilities: capabilities)
        case let .settings(settings): return SettingsScreen.render(settings, size: size, capabilities: capabilities)
        case let .captures(browser):
            var buffer = CaptureBrowser.render(browser, size: size, capabilities: capabilities)
            if state.showingHelp {
                renderHelpOverlay(bindings: CaptureBrowser.bindings, into: &buffer, capabilities: capabilities, title: "AI lab keys")
            }
            return buffer
        case let .usage(usage):
            var buffer = UsageScreen.render(usage, size: size, capabilities: capabilities)
            if state.showingHelp {
                renderHelpOverlay(bindings: UsageScreen.bindings, into: &buffer, capabilities: capabilities, title: "Usage keys")
            }
            return buffer
        case let .loading(text):
            var buffer = ScreenBuffer(size: size)
            let lines = TextSanitizer.wrap(capabilities.text(TextSanitizer.sanitizeLine(text)), width: max(1, size.width - 4))
            for (offset, line) in lines.enumerated() {
                buffer.writeCentered(line, y: size.height / 2 - 1 + offset, style: .highlight)
            }
            buffer.writeCentered(state.hasMenu ? "Esc back \u{00B7} q quit" : "q quits", y: size.height / 2 + lines.count + 1, style: .dim)
            return buffer
        }
    }
}
