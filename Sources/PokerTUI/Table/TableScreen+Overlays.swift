import PokerAI
import PokerEngine
import PokerGame

extension TableScreen {
    /// Help, the HUD, and the boxes for busting and for the end of the tournament.
    static func drawOverlay(_ state: TableState, into buffer: inout ScreenBuffer, layout: TableLayout,
                            capabilities: TerminalCapabilities) {
        switch state.overlay {
        case .help:
            renderHelpOverlay(bindings: bindings, into: &buffer, capabilities: capabilities, title: "Table keys")
            return
        case .raiseHelp:
            renderHelpOverlay(bindings: raiseBindings, into: &buffer, capabilities: capabilities, title: "Raise box keys")
            return
        case .hud:
            drawHUD(state, into: &buffer, capabilities: capabilities)
            return
        case .tournament:
            drawDialog(title: "Tournament", lines: tournamentLines(state) + [[], [.text("any key closes", .dim)]],
                       into: &buffer, around: layout.felt, capabilities: capabilities)
            return
        case .previousHand:
            drawPreviousHand(state, into: &buffer, capabilities: capabilities)
            return
        case let .notes(seat, text):
            drawNotes(state, seat: seat, text: text, into: &buffer, around: layout.table, capabilities: capabilities)
            return
        case nil:
            break
        }
        if state.paused {
            drawDialog(title: "Paused", lines: [[.text("The table waits: AI answers, dealing and clocks are on hold.", .warning)], [],
                                                hints([("p", "resume", true), ("q", "leave", true)])],
                       into: &buffer, around: layout.felt, capabilities: capabilities)
            return
        }
        switch state.phase {
        case let .humanBusted(place):
            drawDialog(title: "You are out", lines: [
                [.text("You finished in \(Format.ordinal(place)) place.", .warning)],
                [],
                [.text("w", .key), .plain("  watch the rest at the table")],
                [.text("s", .key), .plain("  play the rest out quickly")],
                [.text("x", .key), .plain("  abandon the game")],
                [.text("q", .key), .plain("  leave (the game stays saved)")],
            ], into: &buffer, around: layout.felt, capabilities: capabilities)
        case let .simulating(status):
            drawDialog(title: "Playing it out", lines: [[.text("The AI players finish the tournament\u{2026}", .thinking)],
                                                       [.plain(status)]],
                       into: &buffer, around: layout.felt, capabilities: capabilities)
        case .tournamentOver:
            drawWinner(state, into: &buffer, layout: layout, capabilities: capabilities)
        default:
            break
        }
    }

    /// A centred box with a title and lines.
    static func drawDialog(title: String, lines: [[Span]], into buffer: inout ScreenBuffer, around area: Rect,
                           capabilities: TerminalCapabilities) {
        let contentWidth = lines.map { line in line.reduce(0) { $0 + DisplayWidth.of($1.resolved(capabilities).text) } }.max() ?? 0
        let width = max(contentWidth, DisplayWidth.of(title) + 4) + 4
        let box = buffer.bounds.centered(width: width, height: lines.count + 2)
        // Centred on the area, kept on the screen (on wide screens the log beside the table stays readable).
        let x = min(max(0, area.x + area.width / 2 - box.width / 2), max(0, buffer.width - box.width))
        let anchored = Rect(x: x, y: max(0, area.y + (area.height - box.height) / 2), width: box.width, height: box.height)
        buffer.fill(anchored)
        buffer.drawBox(anchored, glyphs: .forTerminal(capabilities, unicodeGlyphs: .double), title: title)
        for (offset, line) in lines.enumerated() {
            buffer.write(spans: line, at: (anchored.x + 2, anchored.y + 1 + offset), maxX: anchored.maxX - 1,
                         capabilities: capabilities)
        }
    }

    /// The winner and the final standings.
    static func drawWinner(_ state: TableState, into buffer: inout ScreenBuffer, layout: TableLayout,
                           capabilities: TerminalCapabilities) {
        let game = state.game.value
        let match = game.match
        var lines: [[Span]] = []
        if let winner = match.winner {
            let name = TableNarrator.clean(game.name(ofSeat: winner))
            let crown = capabilities.unicode ? "\u{2605} " : "* "
            lines.append([.text(crown + (winner == state.humanSeat ? "You win the tournament!" : "\(name) wins the tournament!"), .success)])
            lines.append([.text("\(match.handsPlayed) hands played", .dim)])
            lines.append([])
        }
        for seat in match.standings {
            let place = match.places[seat] ?? 0
            let name = TableNarrator.clean(game.name(ofSeat: seat))
            let chips = match.stacks[seat] > .zero ? "  \(Format.chips(match.stacks[seat]))" : ""
            lines.append([.text(Format.ordinal(place).padding(to: 5), seat == state.humanSeat ? .highlight : .normal),
                          .text(name, seat == state.humanSeat ? .highlight : .normal), .text(chips, .chip)])
        }
        lines.append([])
        lines.append(hints([("Enter", "leave the table", true), ("q", "leave", true)]))
        drawDialog(title: "Tournament over", lines: lines, into: &buffer, around: layout.table, capabilities: capabilities)
    }

    /// Everyone's statistics as the table has seen them (public information only).
    static func drawHUD(_ state: TableState, into buffer: inout ScreenBuffer, capabilities: TerminalCapabilities) {
        let lines = liveHUD(state.game.value, humanSeat: state.humanSeat)
        let nameWidth = 14
        let width = HUDTable.width(nameWidth: nameWidth) + 4
        let box = buffer.bounds.centered(width: width, height: lines.count + 5)
        buffer.fill(box)
        buffer.drawBox(box, glyphs: .forTerminal(capabilities, unicodeGlyphs: .rounded), title: "HUD: this game")
        let next = HUDTable.draw(lines, into: &buffer, x: box.x + 2, y: box.y + 1, nameWidth: nameWidth, capabilities: capabilities)
        buffer.writeCentered("any key closes", y: max(next, box.maxY - 2), in: box.inset(by: 1), style: .dim)
    }

    /// HUD rows for every seat from the AI players' models (each model counts public facts only;
    /// a seat's row comes from another seat's model of it).
    public static func liveHUD(_ game: GameState, humanSeat: Int?) -> [HUDLine] {
        game.setup.seats.indices.map { seat in
            let observer = game.minds.keys.sorted().first { $0 != seat && game.minds[$0]?.opponents[seat] != nil }
            let model = observer.flatMap { game.minds[$0]?.opponents[seat] } ?? OpponentModel()
            return HUDLine(name: game.name(ofSeat: seat), isHuman: seat == humanSeat, model: model)
        }
    }
}

extension String {
    /// The string padded with spaces to `width` columns.
    func padding(to width: Int) -> String {
        let missing = width - DisplayWidth.of(self)
        return missing > 0 ? self + String(repeating: " ", count: missing) : self
    }
}
