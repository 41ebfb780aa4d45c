import PokerAI
import PokerEngine

/// Turns hand events and table talk into log lines. Every name and every word said at the table
/// passes through ``TextSanitizer`` here, before it is stored for drawing.
public enum TableNarrator {
    /// Log lines for `events` of `hand`. `names` are indexed by position; only the hole cards of
    /// `viewer` (a position) are written out, and only when `revealAll` is false.
    public static func entries(for events: some Sequence<HandEvent>, hand: Hand, handNumber: Int, names: [String],
                               viewer: Int?, revealAll: Bool = false) -> [LogEntry] {
        var out: [LogEntry] = []
        func name(_ p: Int) -> String { clean(names.indices.contains(p) ? names[p] : "p\(p + 1)") }
        func add(_ spans: [Span]) { out.append(LogEntry(spans, hand: handNumber)) }
        func act(_ p: Int, _ verb: String) -> String { TableNarrator.act(name(p), verb) }
        for event in events {
            switch event {
            case let .antePosted(p, amount):
                add([.text("\(act(p, "post")) the ante \(Format.chips(amount))", .dim)])
            case let .blindPosted(p, amount):
                let blind = p == hand.config.smallBlindPosition ? "small blind"
                    : p == hand.config.bigBlindPosition ? "big blind" : "straddle"
                add([.text("\(act(p, "post")) the \(blind) \(Format.chips(amount))", .dim)])
            case let .holeCardsDealt(p, cards):
                guard !cards.isEmpty, revealAll || p == viewer else { continue }
                add([.text("Dealt to \(name(p)) ", .dim)] + Span.cards(cards))
            case let .boardDealt(street, cards):
                add([.text("\(street.description.capitalized) ", .title)] + Span.cards(cards))
            case let .folded(p):
                add([.plain("\(act(p, "fold"))")])
            case let .checked(p):
                add([.plain("\(act(p, "check"))")])
            case let .called(p, amount, allIn):
                add([.plain("\(act(p, "call")) \(Format.chips(amount))")] + (allIn ? [.text((name(p) == "You" ? " and are all-in" : " and is all-in"), .warning)] : []))
            case let .betOrRaised(p, to, _, allIn, opening):
                let verb = opening ? act(p, "bet") : act(p, "raise") + " to"
                add([.text("\(verb) \(Format.chips(to))", .highlight)] + (allIn ? [.text(" (all-in)", .warning)] : []))
            case let .uncalledBetReturned(p, amount):
                add([.text("\(Format.chips(amount)) uncalled, returned to \(name(p))", .dim)])
            case let .showed(p, cards, rank):
                add([.plain("\(act(p, "show")) ")] + Span.cards(cards) + (rank.map { [.plain(": \($0)")] } ?? []))
            case let .mucked(p):
                add([.text("\(act(p, "muck"))", .dim)])
            case let .potAwarded(pot, _, _, winners, shares, rank):
                let which = pot == 0 ? "the main pot" : "side pot \(pot)"
                for (winner, share) in zip(winners, shares) {
                    let how = rank.map { " with \($0.description.prefix(1).lowercased() + $0.description.dropFirst())" } ?? ""
                    add([.text("\(act(winner, "win")) \(Format.chips(share)) from \(which)\(how)", .success)])
                }
            case .handEnded:
                continue
            }
        }
        return out
    }

    /// Log lines for table talk; `names` are indexed by seat.
    public static func entries(for messages: [TableMessage], names: [String]) -> [LogEntry] {
        messages.compactMap { message in
            let text = clean(message.text)
            guard !text.isEmpty else { return nil }
            let speaker = message.seat.map { names.indices.contains($0) ? clean(names[$0]) : "Seat \($0 + 1)" } ?? ""
            let spans: [Span] = switch message.kind {
            case .speech, .commentary: [.text(speaker + ": ", .highlight), .text("\u{201C}\(text)\u{201D}", .talk)]
            case .gesture: [.text(speaker + " ", .highlight), .text("*\(text)*", .gesture)]
            case .chat: [.text(speaker + ": ", .highlight), .text(text, .talk)]
            case .system: [.text(secondPerson(text), .warning)]
            }
            return LogEntry(spans, hand: message.handNumber)
        }
    }

    /// The banner line that opens a hand.
    public static func handStarted(number: Int, blinds: BlindLevel, anteStyle: AnteStyle = .everyone,
                                   buttonName: String) -> LogEntry {
        LogEntry([.text("Hand \(number) \u{00B7} blinds \(Format.blinds(blinds, anteStyle: anteStyle)) \u{00B7} button \(clean(buttonName))",
                        .title)], hand: number)
    }

    /// "Ada folds" / "You fold".
    public static func act(_ name: String, _ verb: String) -> String {
        "\(name) \(name == "You" ? verb : thirdPerson(verb))"
    }

    /// Dealer notices written for a third person ("You is out…"), put right for the human.
    static func secondPerson(_ text: String) -> String {
        for (wrong, right) in [("You is ", "You are "), ("You wins ", "You win ")] where text.hasPrefix(wrong) {
            return right + text.dropFirst(wrong.count)
        }
        return text
    }

    /// "folds" for "fold".
    static func thirdPerson(_ verb: String) -> String {
        verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("s") ? verb + "es" : verb + "s"
    }

    /// One untrusted string, safe and on one line.
    public static func clean(_ text: String) -> String {
        TextSanitizer.sanitizeLine(text).trimmedSpaces
    }
}
