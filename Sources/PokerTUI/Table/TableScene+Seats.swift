import PokerEngine

extension TableScene {
    /// Draws every seat panel into the layout's seat rectangles.
    public func drawSeats(into buffer: inout ScreenBuffer, layout: TableLayout, capabilities: TerminalCapabilities) {
        for seat in seatNames.indices where layout.seats.indices.contains(seat) {
            var rect = layout.seats[seat]
            if layout.boxedSeats {
                let acting = actorSeat == seat && !isRunningOut
                buffer.drawBox(rect, glyphs: .forTerminal(capabilities, unicodeGlyphs: acting ? .double : .rounded),
                               style: acting ? .actor : .border)
                rect = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
            }
            // The human's hand strength may run on to the right, over empty table, before it is cut.
            let strengthMaxX = layout.boxedSeats ? rect.maxX : Self.freeMaxX(rightOf: layout.seats[seat], in: layout)
            drawSeat(seat, in: rect, tall: layout.tallSeats, strengthMaxX: strengthMaxX, into: &buffer, capabilities: capabilities)
        }
    }

    /// One seat: name and table tokens; stack and cards; what it did; mood or speech.
    ///
    ///     ▶ Hemingway    D BB
    ///     1,480      [░░][░░]
    ///     raise to 120
    ///     “Nice hand.”
    func drawSeat(_ seat: Int, in rect: Rect, tall: Bool, strengthMaxX: Int? = nil, into buffer: inout ScreenBuffer,
                  capabilities: TerminalCapabilities) {
        let position = handSeats.firstIndex(of: seat)
        let isActor = actorSeat == seat && !isRunningOut
        let folded = position.map { p in hand.map { !$0.inHand[p] } ?? false } ?? false
        let nameStyle: Style = isActor ? .actor : (position == nil || folded ? .dim : .highlight)
        // Line 0: marker, name, tokens.
        var tokens: [(String, Style)] = []
        if seat == button { tokens.append(("D", .button)) }
        if position != nil, hand != nil {
            let blinds = blindSeats
            if blinds.small == seat { tokens.append(("SB", .dim)) }
            if blinds.big == seat { tokens.append(("BB", .dim)) }
        }
        let tokenWidth = tokens.reduce(0) { $0 + $1.0.count + 1 }
        let marker = isActor ? capabilities.text("\u{25B6} ") : ""
        let name = TableNarrator.clean(seatNames[seat]) + (notedSeats.contains(seat) ? " \u{270E}" : "")
        let nameRoom = rect.width - tokenWidth - DisplayWidth.of(marker)
        let ellipsis = capabilities.unicode ? "\u{2026}" : "."
        buffer.write(marker + DisplayWidth.truncate(name, toWidth: nameRoom, ellipsis: ellipsis), at: (rect.x, rect.y), style: nameStyle)
        var tokenX = rect.maxX - tokenWidth + 1
        for (token, style) in tokens {
            tokenX = buffer.write(token, at: (tokenX, rect.y), style: style) + 1
        }
        guard let position, let hand else {
            drawAbsentSeat(seat, in: rect, into: &buffer, capabilities: capabilities)
            return
        }
        // Line 1: stack and cards.
        let stack = stack(ofPosition: position)
        buffer.write(amount(stack), at: (rect.x, rect.y + 1), style: stack == .zero ? .warning : .chip)
        let cards: [Span]
        if hand.holeCards[position].isEmpty || (folded && !showsCards(ofPosition: position)) {
            cards = []
        } else if showsCards(ofPosition: position) {
            cards = Span.cards(hand.holeCards[position])
        } else {
            cards = [.cardBack, .cardBack]
        }
        buffer.write(spans: cards, at: (rect.maxX - 4 * cards.count, rect.y + 1), capabilities: capabilities)
        // Line 2: what the seat is doing.
        buffer.write(spans: status(seat: seat, position: position, hand: hand, folded: folded),
                     at: (rect.x, rect.y + 2), maxX: rect.maxX, capabilities: capabilities)
        // Lines 3 (and 4): hand strength (the human's, which may run on over empty table), mood, speech.
        var extra: [(spans: [Span], maxX: Int)] = []
        if seat == humanSeat, !hand.isComplete || isRunningOut, let strength = strength(ofPosition: position, hand: hand) {
            let end = max(rect.maxX, strengthMaxX ?? rect.maxX)
            extra = strengthLines(strength, width: end - rect.x, lines: tall ? 2 : 1, capabilities: capabilities)
                .map { ($0, end) }
        }
        if let mood = moods[seat], !mood.isEmpty { extra.append((mood, rect.maxX)) }
        if let bubble = bubbles[seat] { extra.insert((bubble, rect.maxX), at: tall ? min(1, extra.count) : 0) }
        for (offset, line) in extra.prefix(tall ? 2 : 1).enumerated() {
            buffer.write(spans: line.spans, at: (rect.x, rect.y + 3 + offset), maxX: line.maxX, capabilities: capabilities)
        }
    }

    func drawAbsentSeat(_ seat: Int, in rect: Rect, into buffer: inout ScreenBuffer, capabilities: TerminalCapabilities) {
        if let place = places.indices.contains(seat) ? places[seat] : nil {
            buffer.write(capabilities.text("out \u{00B7} \(Format.ordinal(place))"), at: (rect.x, rect.y + 1), style: .dim)
        } else if seatStacks.indices.contains(seat) {
            buffer.write(Format.chips(seatStacks[seat]), at: (rect.x, rect.y + 1), style: .chip)
        }
    }

    func status(seat: Int, position: Int, hand: Hand, folded: Bool) -> [Span] {
        if let thinking, thinking.seat == seat, !hand.isComplete {
            return [.text("thinking\u{2026} \(Format.seconds(thinking.elapsed))", .thinking)]
        }
        if hand.isComplete && !isRunningOut {
            if let won = winnings[position] { return [.text("wins \(amount(won))", .success)] }
            if hand.shown[position] || shownByChoice.contains(position), let rank = rank(ofPosition: position, hand: hand) {
                return [.text(rank, .dim)]
            }
        }
        if folded { return [.text("folded", .dim)] }
        if hand.stacks[position] == .zero, hand.committed[position] > .zero {
            return [.text("ALL-IN \(amount(hand.committed[position]))", .warning)]
        }
        if let action = lastAction(ofPosition: position) {
            return [.text(action, .normal)]
        }
        return []
    }
}
