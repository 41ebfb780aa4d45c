import PokerEngine

extension TableScreen {
    /// Three rows: what is going on (or the box being typed in), the keys that work now, and why
    /// the last key was refused.
    static func drawActionBar(_ state: TableState, into buffer: inout ScreenBuffer, rect: Rect,
                              capabilities: TerminalCapabilities) {
        let (status, keys, note) = actionBar(state)
        let rows = [status, keys, note]
        for (offset, line) in rows.enumerated() where offset < rect.height {
            buffer.write(spans: line, at: (rect.x + 1, rect.y + offset), maxX: rect.maxX - 1, capabilities: capabilities)
        }
    }

    /// The action bar's three lines for `state`.
    static func actionBar(_ state: TableState) -> (status: [Span], keys: [Span], note: [Span]) {
        let game = state.game.value
        var note: [Span] = state.problem.map { [.text($0, .error)] } ?? []
        let cursor = Span.text("\u{258F}", .key)
        switch state.entry {
        case let .talk(text):
            return ([.text("Say at the table: ", .highlight), .plain(TextSanitizer.sanitizeLine(text)), cursor],
                    hints([("Enter", "send", true), ("Esc", "cancel", true)]), note)
        case let .raise(text, _):
            guard let legal = state.humanLegal, let minimum = legal.minRaiseTo, let maximum = legal.maxRaiseTo else { break }
            let verb = RaiseEntry.verb(legal)
            let status: [Span] = [.text("\(verb): ", .highlight), .text(text, .key), cursor,
                                  .text("   min \(Format.chips(minimum)) \u{00B7} max \(Format.chips(maximum)) (all-in)", .dim)]
            let presets = RaiseEntry.presets(legal).map { (String($0.key), "\($0.label) \(Format.chips($0.amount))", true) }
            if note.isEmpty {
                note = hints([("0-9", "type", true), ("Enter", verb == "Bet" ? "bet" : "raise", true), ("Esc", "close", true)])
            }
            return (status, hints(presets), note)
        case .none:
            break
        }
        let common: [(String, String, Bool)] = [("t", "talk", state.humanSeat != nil), ("h", "HUD", true),
                                                ("PgUp/PgDn", "log", true), ("?", "help", true), ("q", "quit", true)]
        switch state.phase {
        case .inHand:
            if let legal = state.humanLegal {
                var status = "Your turn"
                if legal.callAmount > .zero { status += " \u{00B7} \(Format.chips(legal.callAmount)) to call" }
                status += " \u{00B7} pot \(Format.chips(legal.potTotal))"
                if let minimum = legal.minRaiseTo, let maximum = legal.maxRaiseTo {
                    status += " \u{00B7} \(legal.isOpeningBet ? "bet" : "raise to") \(Format.chips(minimum))\u{2013}\(Format.chips(maximum))"
                }
                let call = legal.canCheck ? "check" : (legal.callIsAllIn ? "call \(Format.chips(legal.callAmount)) all-in"
                                                      : "call \(Format.chips(legal.callAmount))")
                let allIn = legal.maxRaiseTo ?? (legal.callIsAllIn ? legal.callAmount : nil)
                let keys = hints([("f", "fold", legal.canFold), ("c", call, true),
                                  ("r", legal.isOpeningBet ? "bet" : "raise", legal.canRaise),
                                  ("a", "all-in" + (allIn.map { " \(Format.chips($0))" } ?? ""), allIn != nil),
                                  ("t", "talk", true), ("?", "help", true)])
                return ([.text(status, .highlight)], keys, note)
            }
            if let thinking = state.thinking {
                let name = TableNarrator.clean(game.name(ofSeat: thinking.seat))
                let elapsed = Format.seconds(thinking.since.duration(to: state.now))
                return ([.text("\(name) is thinking\u{2026} \(elapsed)", .thinking)], hints(common), note)
            }
            return ([.text("Waiting\u{2026}", .dim)], hints(common), note)
        case .runout:
            return ([.text("All-in: the board is dealt street by street", .warning)],
                    hints([("any key", "show it all now", true)] + common), note)
        case .handOver:
            var status = "Hand over"
            if let since = state.handOverSince, let delay = autoDealDelay(state) {
                let left = max(.zero, since.advanced(by: delay) - state.now)
                status += " \u{00B7} next hand in \(Format.seconds(left))"
            }
            return ([.text(status, .highlight)], hints([("Space", "next hand", true)] + common), note)
        case let .humanBusted(place):
            return ([.text("You are out in \(Format.ordinal(place)) place.", .warning)],
                    hints([("w", "watch the rest", true), ("s", "play it out quickly", true), ("x", "abandon", true),
                           ("q", "quit", true)]), note)
        case let .simulating(status):
            return ([.text("Playing the rest out quickly\u{2026} \(status)", .thinking)], hints([("q", "quit", true)]), note)
        case .tournamentOver:
            return ([.text("Tournament over", .success)], hints([("Enter", "leave the table", true), ("q", "quit", true)]), note)
        }
    }

    /// `f fold  c call 40  r raise` with the unavailable ones dimmed.
    static func hints(_ items: [(key: String, label: String, enabled: Bool)]) -> [Span] {
        var spans: [Span] = []
        for (index, item) in items.enumerated() {
            if index > 0 { spans.append(.plain("  ")) }
            spans.append(.text(item.key, item.enabled ? .key : .dim))
            spans.append(.text(" " + item.label, item.enabled ? .normal : .dim))
        }
        return spans
    }
}
