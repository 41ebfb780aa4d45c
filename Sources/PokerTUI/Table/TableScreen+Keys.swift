import PokerAI
import PokerEngine
import PokerGame

extension TableScreen {
    /// A key: overlays and typing boxes first, then the table's own keys.
    static func handleKey(_ state: inout TableState, _ key: Key) -> [TableCommand] {
        if state.overlay != nil {
            if key == .character("q") { return [.quit] }
            state.overlay = nil
            return []
        }
        switch state.entry {
        case let .talk(text): return talkKey(&state, key, text: text)
        case let .raise(text, typed): return raiseKey(&state, key, text: text, typed: typed)
        case .none: break
        }
        let intent = bindings.intent(for: key)
        if state.phase == .runout, ![.quit, .help, .hud, .talk, .logBack, .logForward, .logNewest, .logOldest].contains(intent) {
            return stepRunout(&state, skip: true)  // any other key shows the rest of the board at once
        }
        guard let intent else { return [] }
        switch intent {
        case .quit: return [.quit]
        case .help: state.overlay = .help
        case .hud: state.overlay = .hud
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

    /// The human's fold / check / call, checked against the legal actions.
    static func humanActs(_ state: inout TableState, _ action: Action) -> [TableCommand] {
        guard let human = state.humanSeat, let legal = state.humanLegal else {
            state.problem = notYourTurn(state)
            return []
        }
        do {
            try legal.validate(action)
            state.problem = nil
            state.entry = .none
            return try apply(Decision(action: action, source: .human), bySeat: human, to: &state)
        } catch {
            state.problem = sentence(error.description)
            return []
        }
    }

    /// All-in: the largest raise, or a call when the call already takes every chip.
    static func allIn(_ state: inout TableState) -> [TableCommand] {
        guard let legal = state.humanLegal else {
            state.problem = notYourTurn(state)
            return []
        }
        if let maximum = legal.maxRaiseTo { return humanActs(&state, .betOrRaise(to: maximum)) }
        if legal.callIsAllIn { return humanActs(&state, .checkOrCall) }
        let reason = legal.raiseBlock.map { RuleError.raiseNotAllowed(player: legal.player, reason: $0).description }
        state.problem = sentence("you cannot go all-in now: " + (reason ?? "raising is closed"))
        return []
    }

    static func openRaise(_ state: inout TableState) {
        guard let legal = state.humanLegal else {
            state.problem = notYourTurn(state)
            return
        }
        guard let minimum = legal.minRaiseTo else {
            let reason = legal.raiseBlock.map { RuleError.raiseNotAllowed(player: legal.player, reason: $0).description }
            state.problem = sentence("you cannot raise: " + (reason ?? "raising is closed"))
            return
        }
        state.problem = nil
        state.entry = .raise(text: String(minimum.rawValue), typed: false)
    }

    static func raiseKey(_ state: inout TableState, _ key: Key, text: String, typed: Bool) -> [TableCommand] {
        guard let legal = state.humanLegal else {
            state.entry = .none
            return []
        }
        switch raiseIntent(for: key) {
        case .digit:
            guard case let .character(digit) = key else { return [] }
            let base = typed ? text : ""
            if base.count < 9 { state.entry = .raise(text: base + String(digit), typed: true) }
            state.problem = nil
        case .erase:
            state.entry = .raise(text: String(text.dropLast()), typed: true)
            state.problem = nil
        case .preset:
            guard case let .character(letter) = key,
                  let preset = RaiseEntry.presets(legal).first(where: { $0.key == letter }) else { return [] }
            state.entry = .raise(text: String(preset.amount.rawValue), typed: false)
            state.problem = nil
        case .confirm:
            switch RaiseEntry.validate(text, legal: legal) {
            case let .success(amount): return humanActs(&state, .betOrRaise(to: amount))
            case let .failure(problem): state.problem = problem.description
            }
        case .cancel:
            state.entry = .none
            state.problem = nil
        case .help:
            state.overlay = .raiseHelp
        case .quit:
            return [.quit]
        case nil:
            state.problem = "Type the amount in chips, or m, h, t, p, a for a preset; Enter confirms, Esc closes."
        }
        return []
    }

    static func talkKey(_ state: inout TableState, _ key: Key, text: String) -> [TableCommand] {
        switch key {
        case .escape:
            state.entry = .none
        case .backspace, .delete:
            state.entry = .talk(String(text.dropLast()))
        case .enter:
            state.entry = .none
            let said = TextSanitizer.sanitizeLine(text).trimmedSpaces
            guard !said.isEmpty, let human = state.humanSeat else { return [] }
            let step = state.game.update { $0.humanSays(said, fromSeat: human) }
            state.log.append(TableNarrator.entries(for: step.messages, names: state.game.value.setup.names))
            state.log.follow()
            var commands: [TableCommand] = [.save(.talk(step, state.game.value))]
            if state.game.value.setup.seats.contains(where: { $0.kind == .llm }) {
                commands.append(.chat(text: said, fromSeat: human, game: state.game.value))
            }
            return commands
        case let .character(character):
            if text.count < 200 { state.entry = .talk(text + String(character)) }
        default:
            break
        }
        return []
    }

    static func bustChoice(_ state: inout TableState, _ intent: TableIntent) -> [TableCommand] {
        guard case .humanBusted = state.phase else { return [] }
        switch intent {
        case .watch:
            state.watching = true
            return advance(&state)
        case .simulate:
            state.phase = .simulating(status: "starting")
            return [.simulate(state.game.value)]
        case .abandon:
            return [.abandon]
        default:
            return []
        }
    }

    static func notYourTurn(_ state: TableState) -> String {
        switch state.phase {
        case .handOver: "The hand is over: Space deals the next one."
        case .runout: "The board is being dealt."
        default:
            if let seat = state.thinking?.seat {
                "It is \(TableNarrator.clean(state.game.value.name(ofSeat: seat)))'s turn."
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
