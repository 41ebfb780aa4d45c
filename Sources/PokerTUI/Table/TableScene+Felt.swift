import PokerEngine

extension TableScene {
    /// The felt in the middle: the hand and street, the board, the pot and side pots, notices.
    ///
    ///     ╭──────────────────────────────────────╮
    ///     │            Hand 7 · flop             │
    ///     │   [A♠] [K♥] [Q♦] [  ] [  ]           │
    ///     │              Pot 1,240               │
    ///     │       main 900 · side 1: 340         │
    ///     ╰──────────────────────────────────────╯
    public func drawFelt(into buffer: inout ScreenBuffer, rect: Rect, capabilities: TerminalCapabilities) {
        guard rect.width >= 10, rect.height >= 3 else { return }
        buffer.drawBox(rect, glyphs: .forTerminal(capabilities, unicodeGlyphs: .rounded))
        let inner = rect.inset(by: 1)
        var lines: [[Span]] = []
        lines.append([.text(capabilities.text(title), .title)])
        var board: [Span] = []
        let visible = visibleBoard
        for index in 0..<5 {
            if index > 0 { board.append(.plain(" ")) }
            board.append(index < visible.count ? .card(visible[index]) : .cardSlot)
        }
        lines.append(board)
        let total = potTotal
        if total > .zero || hand != nil {
            lines.append([.text("Pot \(amount(total))", .chip)])
        }
        let pots = self.pots
        if pots.count > 1 {
            let parts = pots.enumerated().map { index, pot in
                (index == 0 ? "main\u{00A0}" : "side\u{00A0}\(index):\u{00A0}") + amount(pot.amount).replacingOccurrences(of: " ", with: "\u{00A0}")
            }
            lines.append([.text(parts.joined(separator: " \u{00B7} "), .dim)])
        }
        if let hand, hand.isComplete, !isRunningOut, let result = resultLine(hand) {
            lines.append(result)
        }
        lines += notices.map { [.text($0, .warning)] }
        lines = lines.flatMap { SpanWrap.wrap($0, width: inner.width, capabilities: capabilities) }
        let shown = lines.prefix(inner.height)
        let top = inner.y + max(0, (inner.height - shown.count) / 2)
        for (offset, line) in shown.enumerated() {
            let width = line.reduce(0) { $0 + DisplayWidth.of($1.resolved(capabilities).text) }
            let x = inner.x + max(0, (inner.width - width) / 2)
            buffer.write(spans: line, at: (x, top + offset), maxX: inner.maxX, capabilities: capabilities)
        }
    }

    /// "Hand 7 · flop", "Hand 7 · showdown", "Hand 7 · over".
    var title: String {
        guard let hand else { return "Waiting for the first hand" }
        let street: String
        if isRunningOut {
            street = "all-in: dealing the board"
        } else if hand.isComplete {
            street = hand.events.contains { if case .showed = $0 { true } else { false } } ? "showdown" : "hand over"
        } else {
            street = hand.street.description
        }
        return "Hand \(handNumber) \u{00B7} \(street)"
    }

    /// Who won the finished hand, on one line.
    func resultLine(_ hand: Hand) -> [Span]? {
        let won = winnings
        guard !won.isEmpty else { return nil }
        let parts = won.keys.sorted().map { p in
            "\(TableNarrator.act(TableNarrator.clean(seatNames[handSeats[p]]), "win")) \(amount(won[p] ?? .zero))"
        }
        return [.text(parts.joined(separator: ", "), .success)]
    }
}
