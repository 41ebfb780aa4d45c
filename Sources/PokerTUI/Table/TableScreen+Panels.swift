import PokerEngine
import PokerGame

extension TableScreen {
    /// The tournament panel's lines (`i`, and beside the log on wide screens).
    static func tournamentLines(_ state: TableState) -> [[Span]] {
        let panel = TournamentPanel(game: state.game.value, humanSeat: state.humanSeat)
        return panel.lines(bigBlind: bigBlindShown(state)).enumerated().map { index, line in
            [.text(line, index == 2 ? .highlight : .normal)]
        }
    }

    /// The big blind when amounts are shown in big blinds (`b`), else nil.
    static func bigBlindShown(_ state: TableState) -> Chips? {
        state.inBigBlinds ? state.game.value.match.blinds.bigBlind : nil
    }

    /// `l`: the previous hand — the board, the cards the human saw, the pots and every action.
    static func drawPreviousHand(_ state: TableState, into buffer: inout ScreenBuffer, capabilities: TerminalCapabilities) {
        guard let previous = state.previousHand else { return }
        let box = Rect(x: 0, y: 1, width: buffer.width, height: buffer.height - 1)
        buffer.fill(box)
        buffer.drawBox(box, glyphs: .forTerminal(capabilities, unicodeGlyphs: .double), title: "Previous hand: hand \(previous.number)")
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 3)
        var rows: [[Span]] = []
        let hand = previous.hand
        rows.append([.text("Board ", .dim)] + (hand.board.isEmpty ? [.text("none (over before the flop)", .dim)] : Span.cards(hand.board)))
        for line in ShowdownSummary.lines(for: hand, names: previous.names) {
            rows += SpanWrap.wrap(line, width: inner.width, indent: 2, capabilities: capabilities)
        }
        var log: [[Span]] = []
        for entry in TableNarrator.entries(for: hand.events, hand: hand, handNumber: previous.number, names: previous.names,
                                           viewer: previous.viewer) {
            log += SpanWrap.wrap(entry.spans, width: inner.width, indent: 2, capabilities: capabilities)
        }
        let room = max(0, inner.height - rows.count - 1)
        if log.count > room {
            log = [[.text("\u{2026} \(log.count - room + 1) earlier lines", .dim)]] + log.suffix(max(0, room - 1))
        }
        rows += [[]] + log
        for (offset, line) in rows.prefix(inner.height).enumerated() {
            buffer.write(spans: line, at: (inner.x, inner.y + offset), maxX: inner.maxX, capabilities: capabilities)
        }
        buffer.writeCentered("any key closes", y: box.maxY - 2, in: box, style: .dim)
    }

    /// `N`: the note on one player, with the others' notes listed.
    static func drawNotes(_ state: TableState, seat: Int, text: String, into buffer: inout ScreenBuffer, around area: Rect,
                          capabilities: TerminalCapabilities) {
        let game = state.game.value
        var lines: [[Span]] = []
        for other in noteSeats(state) {
            let name = TableNarrator.clean(game.name(ofSeat: other))
            let marker = other == seat ? capabilities.text("\u{25B6} ") : "  "
            let note = other == seat ? text : (state.notes[other] ?? "")
            var line: [Span] = [.text(marker, .key), .text(name.padding(to: 18), other == seat ? .selection : .highlight),
                                .text(" " + (note.isEmpty && other != seat ? "-" : TextSanitizer.sanitizeLine(note)),
                                      other == seat ? .normal : .dim)]
            if other == seat { line.append(.text("\u{258F}", .key)) }
            lines.append(line)
        }
        lines += [[], hints([("\u{2191}\u{2193}", "player", true), ("type", "the note", true), ("Enter", "keep", true),
                             ("Esc", "close", true)])]
        let width = min(buffer.width - 4, 76)
        var box = buffer.bounds.centered(width: width, height: lines.count + 2)
        box.x = min(max(0, area.x + area.width / 2 - box.width / 2), max(0, buffer.width - box.width))  // beside the log
        buffer.fill(box)
        buffer.drawBox(box, glyphs: .forTerminal(capabilities, unicodeGlyphs: .double), title: "Notes (kept with the game)")
        for (offset, line) in lines.enumerated() {
            buffer.write(spans: line, at: (box.x + 2, box.y + 1 + offset), maxX: box.maxX - 1, capabilities: capabilities,
                         ellipsis: offset < lines.count - 2)
        }
    }
}
