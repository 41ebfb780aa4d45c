import PokerEngine
import PokerStore

extension StatsScreen {
    /// Draws the HUD table, the career, the places and the stack chart.
    public static func render(_ state: StatsState, size: TerminalSize, capabilities: TerminalCapabilities) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let title: String
        if state.games.indices.contains(state.index) {
            let game = state.games[state.index]
            title = "Stats \u{00B7} game \(game.id.rawValue) (\(game.status.rawValue), \(game.handsPlayed) hands)"
        } else {
            title = "Stats"
        }
        buffer.drawBox(buffer.bounds, glyphs: .forTerminal(capabilities, unicodeGlyphs: .rounded), title: capabilities.text(title))
        let inner = buffer.bounds.inset(by: 1)
        buffer.write(capabilities.text("\u{2190}\u{2192} other games \u{00B7} Esc back \u{00B7} ? help \u{00B7} q quit"),
                     at: (inner.x + 1, inner.maxY - 1), style: .dim)
        guard let data = state.data else {
            let text = state.games.isEmpty ? "No games yet: play one first." : (state.notice ?? "Computing\u{2026}")
            buffer.writeCentered(capabilities.text(text), y: inner.y + inner.height / 2, in: inner, style: .dim)
            return buffer
        }
        var y = inner.y
        buffer.write("HUD (this game)", at: (inner.x + 1, y), style: .highlight)
        let nameWidth = min(22, max(12, inner.width - HUDTable.width(nameWidth: 0) - 40))
        y = HUDTable.draw(data.hud, into: &buffer, x: inner.x + 1, y: y + 1, nameWidth: nameWidth, capabilities: capabilities)
        let careerX = inner.x + 2 + HUDTable.width(nameWidth: nameWidth) + 3
        if careerX + 30 <= inner.maxX {
            // The chart starts below whichever is longer: the HUD or the career and places beside it.
            y = max(y, drawCareer(data, into: &buffer, x: careerX, y: inner.y, capabilities: capabilities))
        } else {
            y += 1
            y = drawCareer(data, into: &buffer, x: inner.x + 1, y: y, capabilities: capabilities, compact: inner.width - 2)
        }
        y += 1
        let chart = Rect(x: inner.x + 1, y: y + 1, width: inner.width - 2, height: inner.maxY - 2 - (y + 1))
        if chart.height >= 5 {
            buffer.write("Stacks over the game", at: (inner.x + 1, y), style: .highlight)
            StackChart.draw(data.series, into: &buffer, rect: chart, capabilities: capabilities)
        }
        if state.showingHelp {
            renderHelpOverlay(bindings: bindings, into: &buffer, capabilities: capabilities, title: "Stats keys")
        }
        return buffer
    }

    /// Career and this game's places; returns the next free row.
    @discardableResult
    static func drawCareer(_ data: StatsData, into buffer: inout ScreenBuffer, x: Int, y: Int,
                           capabilities: TerminalCapabilities, compact width: Int? = nil) -> Int {
        let compact = width != nil
        var row = y
        buffer.write("Your career", at: (x, row), style: .highlight)
        row += 1
        if let career = data.career {
            var lines = [
                "games \(career.gamesPlayed) \u{00B7} won \(career.gamesWon) \u{00B7} hands \(Format.number(career.handsPlayed))",
                "best place " + (career.bestPlace.map(Format.ordinal) ?? "-")
                    + " \u{00B7} average " + (career.averagePlace.map { Format.decimal($0) } ?? "-"),
                "knocked out \(career.eliminations) \u{00B7} biggest pot \(Format.chips(career.biggestPotWon))",
            ]
            if let width { lines = TextSanitizer.wrap(lines.joined(separator: " \u{00B7} "), width: width) }
            for line in lines {
                buffer.write(capabilities.text(line), at: (x, row))
                row += 1
            }
        } else {
            buffer.write("no finished game yet", at: (x, row), style: .dim)
            row += 1
        }
        if !data.results.isEmpty, !compact {
            row += 1
            buffer.write("Places this game", at: (x, row), style: .highlight)
            row += 1
            for result in data.results.prefix(9) {
                let text = "\(Format.ordinal(result.place).padding(to: 5))\(TableNarrator.clean(result.name))"
                buffer.write(text, at: (x, row), style: result.isHuman ? .highlight : .normal)
                row += 1
            }
        }
        return row
    }
}
