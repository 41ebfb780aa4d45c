import PokerEngine
import PokerStore

extension ReplayScreen {
    /// Draws the browser or the hand being replayed.
    public static func render(_ state: ReplayState, size: TerminalSize, capabilities: TerminalCapabilities) -> ScreenBuffer {
        var buffer: ScreenBuffer
        if let viewer = state.viewer {
            buffer = renderViewer(viewer, notice: state.notice, size: size, capabilities: capabilities)
        } else if let browser = state.browser {
            buffer = renderBrowser(browser, notice: state.notice, size: size, capabilities: capabilities)
        } else {
            buffer = ScreenBuffer(size: size)
            buffer.writeCentered(capabilities.text(state.notice ?? "Loading\u{2026}"), y: size.height / 2, style: .dim)
        }
        if state.showingHelp {
            renderHelpOverlay(bindings: state.viewer == nil ? browserBindings : viewerBindings, into: &buffer,
                              capabilities: capabilities, title: "Replay keys")
        }
        return buffer
    }

    static func renderBrowser(_ browser: HandBrowserState, notice: String?, size: TerminalSize,
                              capabilities: TerminalCapabilities) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let names = browser.game.names
        buffer.drawBox(buffer.bounds, glyphs: .forTerminal(capabilities, unicodeGlyphs: .rounded),
                       title: "Replay \u{00B7} game \(browser.game.id.rawValue) \u{00B7} \(browser.hands.count) hands")
        let inner = buffer.bounds.inset(by: 1)
        var x = inner.x + 1
        for filter in HandBrowserState.Filter.allCases {
            let label = " \(filter.label) "
            x = buffer.write(label, at: (x, inner.y), style: filter == browser.filter ? .selection : .dim) + 1
        }
        buffer.write("  Tab changes", at: (x, inner.y), style: .dim)
        buffer.write("    #  Blinds       Pot  Board                 Flags  Won by", at: (inner.x + 1, inner.y + 2), style: .title)
        let listed = browser.listed
        let rows = inner.height - 5
        let first = max(0, min(browser.selected - rows / 2, listed.count - rows))
        for (offset, hand) in listed.dropFirst(first).prefix(max(0, rows)).enumerated() {
            let y = inner.y + 3 + offset
            let selected = first + offset == browser.selected
            let style: Style = selected ? .selection : .normal
            let pot = hand.totalPot.map(Format.chips) ?? "-"
            let text = String(hand.number).leftPadded(to: 5) + "  " + "\(hand.blinds)".padding(to: 10) + pot.leftPadded(to: 7) + "  "
            buffer.write(text.padding(to: inner.width - 2), at: (inner.x + 1, y), style: style)
            var cardX = inner.x + 1 + DisplayWidth.of(text)
            for card in hand.board { cardX = buffer.writeCard(card, at: (cardX, y), capabilities: capabilities) }
            var flags = hand.showdown == true ? "SD" : ""
            if let count = browser.mistakes[hand.number], count > 0 { flags += (flags.isEmpty ? "" : " ") + "M\(count)" }
            let flagX = inner.x + 1 + DisplayWidth.of(text) + 22
            buffer.write(flags, at: (flagX, y), style: selected ? .selection : .warning)
            let winners = hand.winnerNames.map { $0.map(TableNarrator.clean) }
                ?? (hand.winnerSeats ?? []).map { names.indices.contains($0) ? TableNarrator.clean(names[$0]) : "seat \($0 + 1)" }
            let won = hand.isComplete ? winners.joined(separator: ", ") : "in progress"
            let winX = flagX + 7
            buffer.write(DisplayWidth.truncate(won, toWidth: max(0, inner.maxX - winX - 1), ellipsis: capabilities.unicode ? "\u{2026}" : "."),
                         at: (winX, y), style: selected ? .selection : .dim)
        }
        if listed.isEmpty {
            buffer.writeCentered("No hands match this filter.", y: inner.y + 4, in: inner, style: .dim)
        }
        if let notice {
            buffer.write(TableNarrator.clean(notice), at: (inner.x + 1, inner.maxY - 2), style: .warning)
        }
        buffer.write(capabilities.text("\u{2191}\u{2193} choose \u{00B7} Enter replay \u{00B7} Tab filter \u{00B7} SD showdown \u{00B7} M AI mistakes \u{00B7} ? help"),
                     at: (inner.x + 1, inner.maxY - 1), style: .dim)
        return buffer
    }
}
