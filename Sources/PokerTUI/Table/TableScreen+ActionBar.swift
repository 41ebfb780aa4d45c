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

    /// The action bar's three lines for `state`. While the table is paused the keys line offers
    /// what works then (a move would be refused).
    static func actionBar(_ state: TableState) -> (status: [Span], keys: [Span], note: [Span]) {
        let bar = playingBar(state)
        guard state.paused, case .none = state.entry, state.confirming == nil else { return bar }
        return (bar.status, hints([("p", "resume", true), ("?", "help", true), ("q", "leave", true)]), bar.note)
    }

    /// The action bar while play goes on.
    static func playingBar(_ state: TableState) -> (status: [Span], keys: [Span], note: [Span]) {
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
            let bigBlind = game.match.blinds.bigBlind
            var status: [Span] = [.text("\(verb): ", .highlight), .text(text, .key), cursor]
            if let amount = try? RaiseEntry.validate(text, legal: legal, bigBlind: bigBlind).get(),
               text.contains(where: { !$0.isNumber && $0 != "," }) {
                status.append(.text(" = \(Format.chips(amount))", .chip))
            }
            status.append(.text("   min \(Format.chips(minimum)) \u{00B7} max \(Format.chips(maximum)) (all-in)", .dim))
            let presets = RaiseEntry.presets(legal).map { (String($0.key), "\($0.label) \(Format.chips($0.amount))", true) }
            if note.isEmpty {
                note = hints([("0-9", "chips", true), ("3bb 2.5x 75%", "sizes", true), ("\u{2191}\u{2193}", "\u{00B1}1 bb", true),
                              ("Enter", verb == "Bet" ? "bet" : "raise", true), ("Esc", "close", true)])
            }
            return (status, hints(presets), note)
        case .none:
            break
        }
        if let confirming = state.confirming {
            return ([.text(confirming.question, .warning)],
                    hints([(confirming.key.name, "confirm", true), ("any other key", "cancel", true)]), note)
        }
        let common: [(String, String, Bool)] = [("t", "talk", state.humanSeat != nil), ("h", "HUD", true),
                                                ("PgUp/PgDn", "log", true), ("?", "help", true), ("q", "leave", true)]
        switch state.phase {
        case .inHand:
            if let legal = state.humanLegal {
                return yourTurn(state, legal, note: note)
            }
            var status: [Span]
            if let thinking = state.thinking {
                let name = TableNarrator.clean(game.name(ofSeat: thinking.seat))
                let elapsed = Format.seconds(thinking.since.duration(to: state.now))
                status = [.text("\(name) is thinking\u{2026} \(elapsed)", .thinking)]
            } else {
                status = [.text("Waiting\u{2026}", .dim)]
            }
            if let chosen = state.advanceAction {
                status += [.plain("  "), .text("you: \(chosen.label)", .key)]
            }
            if canChooseAhead(state) {
                let ahead = AdvanceAction.allCases.map { (String($0.key), $0.label, true) }
                return (status, hints(ahead + [("?", "help", true)]), note)
            }
            return (status, hints(common), note)
        case .runout:
            return ([.text("All-in: the board is dealt street by street", .warning)],
                    hints([("any key", "show it all now", true)] + common), note)
        case .handOver:
            var status = "Hand over"
            if let since = state.handOverSince, let delay = autoDealDelay(state), !state.paused {
                let left = max(.zero, since.advanced(by: delay) - state.now)
                status += " \u{00B7} next hand in \(Format.seconds(left))"
            }
            var keys: [(String, String, Bool)] = [("Space", "next hand", true)]
            if canShowCards(state) { keys.append(("v", "show your cards", true)) }
            keys.append(("l", "last hand", state.previousHand != nil))
            return ([.text(status, .highlight)], hints(keys + common), note)
        case let .humanBusted(place):
            _ = place  // said once, in the box and the log
            return ([.text("The rest of the game without you:", .warning)],
                    hints([("w", "watch the rest", true), ("s", "play it out quickly", true), ("x", "abandon", true),
                           ("q", "leave", true)]), note)
        case let .simulating(status):
            return ([.text("Playing the rest out quickly\u{2026} \(status)", .thinking)], hints([("q", "leave", true)]), note)
        case .tournamentOver:
            return ([.text("Tournament over", .success)], hints([("Enter", "leave the table", true), ("q", "leave", true)]), note)
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
