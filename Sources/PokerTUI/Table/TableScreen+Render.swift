import PokerEngine
import PokerGame

extension TableScreen {
    /// Draws the table at `size` (laid out for 80×24 and up).
    public static func render(_ state: TableState, size: TerminalSize, capabilities: TerminalCapabilities) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let game = state.game.value
        let layout = TableLayout(size: size, seatCount: game.setup.seats.count, anchorSeat: state.humanSeat ?? 0)
        let scene = state.scene
        drawHeader(state, into: &buffer, rect: layout.header, capabilities: capabilities)
        scene.drawFelt(into: &buffer, rect: layout.felt, capabilities: capabilities)
        scene.drawSeats(into: &buffer, layout: layout, capabilities: capabilities)
        drawLog(state, scene: scene, into: &buffer, rect: layout.log, capabilities: capabilities)
        if let hud = layout.hud {
            buffer.drawBox(hud, glyphs: .forTerminal(capabilities), title: "HUD (public information only)")
            HUDTable.draw(Array(liveHUD(state.game.value, humanSeat: state.humanSeat).prefix(max(0, hud.height - 3))), into: &buffer, x: hud.x + 2, y: hud.y + 1,
                          nameWidth: min(24, max(12, hud.width - HUDTable.width(nameWidth: 0) - 4)), capabilities: capabilities)
        }
        if let panel = layout.panel {
            buffer.drawBox(panel, glyphs: .forTerminal(capabilities), title: "Tournament")
            for (offset, line) in tournamentLines(state).prefix(panel.height - 2).enumerated() {
                buffer.write(spans: line, at: (panel.x + 2, panel.y + 1 + offset), maxX: panel.maxX - 1, capabilities: capabilities)
            }
        }
        drawActionBar(state, into: &buffer, rect: layout.actionBar, capabilities: capabilities)
        drawOverlay(state, into: &buffer, layout: layout, capabilities: capabilities)
        return capabilities.unicode ? buffer : buffer.asciiOnly()
    }

    /// `Hand 7 · Level 2 · blinds 15/30 · next level in 3 hands` … `Game 12 · ? help · q leave`
    static func drawHeader(_ state: TableState, into buffer: inout ScreenBuffer, rect: Rect,
                           capabilities: TerminalCapabilities) {
        let match = state.game.value.match
        var left = rect.width >= 100 || match.handsPlayed == 0 ? "PokerFace" : ""
        if match.handsPlayed > 0 {
            if !left.isEmpty { left += " \u{00B7} " }
            left += "Hand \(match.handsPlayed) \u{00B7} Level \(match.levelIndex + 1) \u{00B7} blinds \(match.blinds)"
            let schedule = match.config.schedule
            if match.levelIndex < schedule.levels.count - 1 {
                let remaining = (match.levelIndex + 1) * schedule.handsPerLevel + 1 - match.handsPlayed
                left += " (next level in \(remaining))"
            }
        }
        buffer.write(capabilities.text(left), at: (rect.x, rect.y), style: .title)
        var right = "? help \u{00B7} q leave"
        if let id = state.gameID { right = "Game \(id) \u{00B7} " + right }
        var rightStyle = Style.dim
        if let problem = state.saveProblem {
            right = "not saved: " + problem
            rightStyle = .error
        }
        let shown = capabilities.text(right)
        let room = max(0, rect.width - DisplayWidth.of(capabilities.text(left)) - 2)
        let text = DisplayWidth.truncate(shown, toWidth: room, ellipsis: capabilities.unicode ? "\u{2026}" : "...")
        buffer.write(text, at: (rect.maxX - DisplayWidth.of(text), rect.y), style: rightStyle)
    }

    /// The log (and, after a hand, the pot breakdown above it). At the bottom it has a rule for a
    /// title; at the right it is boxed.
    static func drawLog(_ state: TableState, scene: TableScene, into buffer: inout ScreenBuffer, rect: Rect,
                        capabilities: TerminalCapabilities) {
        guard rect.height >= 2 else { return }
        let boxed = rect.x > 0
        var inner = rect
        let scrolled = state.log.scroll > 0
        let title = scrolled ? "Log (\(state.log.scroll) newer below; End follows)" : "Log"
        if boxed {
            buffer.drawBox(rect, glyphs: .forTerminal(capabilities), title: title)
            inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        } else {
            let rule: Character = capabilities.unicode ? "\u{2500}" : "-"
            buffer.horizontalLine(x: rect.x, y: rect.y, length: rect.width, character: rule, style: .border)
            buffer.write(" \(title) ", at: (rect.x + 2, rect.y), style: .title)
            inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
        }
        var rows: [[Span]] = []
        if let hand = scene.hand, hand.isComplete, !scene.isRunningOut, !scrolled {
            let summary = ShowdownSummary.lines(for: hand, names: state.positionNames)
            for line in summary {
                rows += SpanWrap.wrap(line, width: inner.width, indent: 2, capabilities: capabilities)
            }
            if !summary.isEmpty {
                rows.append([.text(String(repeating: capabilities.unicode ? "\u{00B7}" : ".", count: min(inner.width, 40)), .dim)])
            }
        }
        let room = inner.height - rows.count
        if room > 0 {
            var logLines: [[Span]] = []
            for entry in state.log.visibleEntries.reversed() {
                let wrapped = SpanWrap.wrap(entry.spans, width: inner.width, indent: 2, capabilities: capabilities)
                logLines.insert(contentsOf: wrapped, at: 0)
                if logLines.count >= room { break }
            }
            rows += logLines.suffix(room)
        }
        for (offset, line) in rows.prefix(inner.height).enumerated() {
            buffer.write(spans: line, at: (inner.x, inner.y + offset), maxX: inner.maxX, capabilities: capabilities)
        }
    }
}
