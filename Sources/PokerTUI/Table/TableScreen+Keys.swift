import PokerAI
import PokerEngine
import PokerGame

extension TableScreen {
    /// Keys that work while the table is paused (the rest are refused with a reminder).
    static let keysWhilePaused: Set<TableIntent> = [
        .pause, .quit, .help, .hud, .tournament, .previousHand, .notes, .bigBlinds, .logBack, .logForward,
        .logNewest, .logOldest, .talk,
    ]
    /// Keys that do not cut an all-in run-out short.
    static let keysDuringRunout: Set<TableIntent> = [
        .quit, .help, .hud, .talk, .logBack, .logForward, .logNewest, .logOldest, .pause, .tournament, .bigBlinds,
    ]

    /// A key: overlays and typing boxes first, then a pending confirmation, then the table's keys.
    static func handleKey(_ state: inout TableState, _ key: Key) -> [TableCommand] {
        if let overlay = state.overlay { return overlayKey(&state, overlay, key) }
        switch state.entry {
        case let .talk(text): return talkKey(&state, key, text: text)
        case let .raise(text, typed): return raiseKey(&state, key, text: text, typed: typed)
        case .none: break
        }
        if let confirming = state.confirming {
            state.confirming = nil
            state.problem = nil
            guard key == confirming.key else { return key == .character("q") ? [.quit] : [] }
            return confirmed(&state, confirming)
        }
        let intent = bindings.intent(for: key)
        if state.paused, let intent, !keysWhilePaused.contains(intent) {
            state.problem = "Paused: p resumes play."
            return []
        }
        if state.phase == .runout, !(intent.map(keysDuringRunout.contains) ?? false) {
            return stepRunout(&state, skip: true)  // any other key shows the rest of the board at once
        }
        guard let intent else {
            if key == .escape, state.advanceAction != nil { state.advanceAction = nil }
            return []
        }
        return act(&state, intent)
    }

    /// What a table key does.
    static func act(_ state: inout TableState, _ intent: TableIntent) -> [TableCommand] {
        switch intent {
        case .quit: return [.quit]
        case .help: state.overlay = .help
        case .hud: state.overlay = .hud
        case .tournament: state.overlay = .tournament
        case .previousHand:
            guard state.previousHand != nil else {
                state.problem = "There is no previous hand yet."
                return []
            }
            state.overlay = .previousHand
        case .notes: openNotes(&state)
        case .bigBlinds: state.inBigBlinds.toggle()
        case .pause: return togglePause(&state)
        case .logBack: state.log.scroll(by: logPage(state))
        case .logForward: state.log.scroll(by: -logPage(state))
        case .logNewest: state.log.follow()
        case .logOldest: state.log.scrollToTop()
        case .talk:
            guard state.humanSeat != nil else { return [] }
            state.problem = nil
            state.entry = .talk("")
        case .fold: return humanActs(&state, .fold)
        case .checkOrCall: return humanActs(&state, .checkOrCall)
        case .allIn: return allIn(&state)
        case .raise: openRaise(&state)
        case let .advance(action): armAdvance(&state, action)
        case .showCards: return showCards(&state)
        case .nextHand:
            if state.phase == .handOver { return dealNextHand(&state) }
            if state.phase == .tournamentOver { return [.leave] }
        case .watch, .simulate, .abandon:
            return bustChoice(&state, intent)
        }
        return []
    }

    /// Entries moved per PgUp/PgDn: about one panel of the log.
    static func logPage(_ state: TableState) -> Int {
        let layout = TableLayout(size: state.size, seatCount: state.game.value.setup.seats.count,
                                 anchorSeat: state.humanSeat ?? 0)
        return max(1, layout.log.height - 2)
    }

    /// Keys while a box is over the table: the notes box takes typing; any other box closes on
    /// any key (`q` still leaves).
    static func overlayKey(_ state: inout TableState, _ overlay: TableOverlay, _ key: Key) -> [TableCommand] {
        if case let .notes(seat, text) = overlay { return notesKey(&state, key, seat: seat, text: text) }
        if key == .character("q") { return [.quit] }
        state.overlay = nil
        return []
    }

    static func notYourTurn(_ state: TableState) -> String {
        switch state.phase {
        case .handOver: "The hand is over: Space deals the next one."
        case .runout: "The board is being dealt."
        default:
            if let seat = state.thinking?.seat {
                "It is \(TableNarrator.clean(state.game.value.name(ofSeat: seat)))'s turn: 1-4 choose a move in advance."
            } else {
                "It is not your turn."
            }
        }
    }

    /// First letter capitalised, full stop at the end.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        let body = first.uppercased() + text.dropFirst()
        return body.hasSuffix(".") || body.hasSuffix("!") ? body : body + "."
    }
}
