import PokerAI
import PokerEngine
import PokerStore

extension ReplayScreen {
    /// The picture of a frame: every hole card face up.
    static func scene(_ viewer: ReplayViewerState) -> TableScene {
        let hand = viewer.hand
        let frame = hand.frames[viewer.frame]
        var stacks = Array(repeating: Chips.zero, count: hand.seatNames.count)
        for (p, seat) in hand.handSeats.enumerated() where stacks.indices.contains(seat) { stacks[seat] = frame.stacks[p] }
        var scene = TableScene(seatNames: hand.seatNames, seatStacks: stacks, places: hand.seatNames.map { _ in nil },
                               handSeats: hand.handSeats, button: hand.button, hand: frame, handNumber: hand.number,
                               viewer: nil)
        scene.revealAll = true
        scene.humanSeat = hand.humanSeat
        if viewer.frame > 0 {
            let step = hand.steps[viewer.frame - 1]
            if let verdict = step.verdict, let word = verdict.split(separator: " ").first {
                scene.bubbles[step.seat] = [.text("verdict: \(word)", step.isMistake ? .error : .success)]
            }
        }
        return scene
    }

    static func renderViewer(_ viewer: ReplayViewerState, notice: String?, size: TerminalSize,
                             capabilities: TerminalCapabilities) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let hand = viewer.hand
        let layout = TableLayout(size: size, seatCount: hand.seatNames.count, anchorSeat: hand.humanSeat ?? 0)
        let scene = scene(viewer)
        // The street the action was taken on (a call that closes the preflop is still preflop).
        let street = viewer.frame > 0 ? hand.steps[viewer.frame - 1].street : hand.street(atFrame: 0)
        let header = "Replay \u{00B7} game \(hand.game) \u{00B7} hand \(hand.number) \u{00B7} blinds \(hand.blinds) \u{00B7} "
            + "step \(viewer.frame)/\(hand.frames.count - 1) \u{00B7} \(street)"
        buffer.write(capabilities.text(header), at: (0, 0), style: .title)
        scene.drawFelt(into: &buffer, rect: layout.felt, capabilities: capabilities)
        scene.drawSeats(into: &buffer, layout: layout, capabilities: capabilities)
        drawPanel(viewer, into: &buffer, rect: layout.log, capabilities: capabilities)
        let bar = layout.actionBar
        let keys = TableScreen.hints([("\u{2190}\u{2192}", "step", true), ("1-4", "street", true), ("t", viewer.showTalk ? "decision" : "talk", true),
                                      ("e", "export", true), ("Esc", "back", true), ("?", "help", true)])
        // The current action is the log's last line; the bar says where in the hand we are.
        let place = viewer.frame > 0 ? "Action \(viewer.frame) of \(hand.frames.count - 1) \u{00B7} \(street)"
            : "As dealt: every hole card shown"
        buffer.write(spans: [.text(place, .highlight)], at: (1, bar.y), maxX: bar.maxX - 1, capabilities: capabilities)
        buffer.write(spans: keys, at: (1, bar.y + 1), maxX: bar.maxX - 1, capabilities: capabilities)
        if let notice {
            buffer.write(spans: [.text(TableNarrator.clean(notice), .warning)], at: (1, bar.y + 2), maxX: bar.maxX - 1,
                         capabilities: capabilities)
        }
        return buffer
    }

    /// The side (or bottom) panel: the decision with its verdict and monologue, then the log so
    /// far — or the hand's table talk.
    static func drawPanel(_ viewer: ReplayViewerState, into buffer: inout ScreenBuffer, rect: Rect,
                          capabilities: TerminalCapabilities) {
        guard rect.height >= 2 else { return }
        let boxed = rect.x > 0
        let title = viewer.showTalk ? "Table talk" : "Decision and log"
        var inner: Rect
        if boxed {
            buffer.drawBox(rect, glyphs: .forTerminal(capabilities), title: title)
            inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        } else {
            buffer.horizontalLine(x: rect.x, y: rect.y, length: rect.width, character: capabilities.unicode ? "\u{2500}" : "-",
                                  style: .border)
            buffer.write(" \(title) ", at: (rect.x + 2, rect.y), style: .title)
            inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
        }
        var lines: [[Span]] = []
        let hand = viewer.hand
        if !viewer.showTalk, let street = streetLine(viewer) {
            lines += SpanWrap.wrap(street, width: inner.width, indent: 2, capabilities: capabilities)
        }
        if viewer.showTalk {
            let messages = hand.talk.map { TableMessage(seat: $0.seat, kind: TableMessage.Kind(rawValue: $0.kind.rawValue) ?? .system,
                                                        text: $0.text, handNumber: $0.handNumber ?? hand.number) }
            let entries = TableNarrator.entries(for: messages, names: hand.seatNames)
            if entries.isEmpty { lines.append([.text("Nobody said a word this hand.", .dim)]) }
            for entry in entries { lines += SpanWrap.wrap(entry.spans, width: inner.width, indent: 2, capabilities: capabilities) }
            for (offset, line) in lines.prefix(inner.height).enumerated() {
                buffer.write(spans: line, at: (inner.x, inner.y + offset), maxX: inner.maxX, capabilities: capabilities)
            }
            return
        }
        if viewer.frame > 0 {
            let step = hand.steps[viewer.frame - 1]
            if let verdict = step.verdict {
                lines += SpanWrap.wrap([.text("Verdict: ", .dim), .text(verdict, step.isMistake ? .error : .success)],
                                       width: inner.width, indent: 2, capabilities: capabilities)
            }
            if let monologue = step.monologue {
                lines += SpanWrap.wrap([.text("Thinks: ", .dim), .text("\u{201C}\(TableNarrator.clean(monologue))\u{201D}", .talk)],
                                       width: inner.width, indent: 2, capabilities: capabilities)
            }
            if let strategy = step.strategy {
                lines += SpanWrap.wrap([.text("Plan: ", .dim), .text(TableNarrator.clean(strategy), .talk)],
                                       width: inner.width, indent: 2, capabilities: capabilities)
            }
        }
        let frame = hand.frames[viewer.frame]
        let names = hand.handSeats.map { hand.seatNames.indices.contains($0) ? hand.seatNames[$0] : "" }
        var log: [[Span]] = []
        for entry in TableNarrator.entries(for: frame.events, hand: frame, handNumber: hand.number, names: names, viewer: nil,
                                           revealAll: true) {
            log += SpanWrap.wrap(entry.spans, width: inner.width, indent: 2, capabilities: capabilities)
        }
        if frame.isComplete {
            for line in ShowdownSummary.lines(for: frame, names: names) {
                log += SpanWrap.wrap(line, width: inner.width, indent: 2, capabilities: capabilities)
            }
        }
        let room = max(0, inner.height - lines.count)
        lines += log.suffix(room)
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(spans: line, at: (inner.x, inner.y + offset), maxX: inner.maxX, capabilities: capabilities)
        }
    }

    /// "Flop · pot 1,200 · Ada 64% · Zed 36%" for the frame's street, or the all-in equities
    /// once the cards are up; a hand nobody saw reads "(unknown)" and counts as a random hand.
    static func streetLine(_ viewer: ReplayViewerState) -> [Span]? {
        let hand = viewer.hand
        let frame = hand.frames[viewer.frame]
        let street = hand.street(atFrame: viewer.frame)
        let summary = (frame.isAllInRunout ? hand.streets.first(where: \.isAllIn) : nil)
            ?? hand.streets.last { $0.street == street && !$0.isAllIn }
        guard let summary else { return nil }
        var text = "\(summary.isAllIn ? "All-in, \(summary.street)" : summary.street.description.capitalized) \u{00B7} pot \(Format.chips(summary.pot))"
        for share in summary.shares where summary.shares.count >= 2 {
            let seat = hand.handSeats.indices.contains(share.position) ? hand.handSeats[share.position] : -1
            let name = hand.seatNames.indices.contains(seat) ? TableNarrator.clean(hand.seatNames[seat]) : "p\(share.position + 1)"
            text += " \u{00B7} \(name)\(share.isKnown ? "" : " (unknown)") \(Format.percent(share.equity))"
        }
        return [.text(text, .dim)]
    }
}
