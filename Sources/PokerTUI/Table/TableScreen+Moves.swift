import PokerAI
import PokerEngine
import PokerGame

extension TableScreen {
    /// The human's fold / check / call / raise, checked against the legal actions.
    static func humanActs(_ state: inout TableState, _ action: Action) -> [TableCommand] {
        guard let human = state.humanSeat, let legal = state.humanLegal else {
            state.problem = notYourTurn(state)
            return []
        }
        do {
            try legal.validate(action)
            state.problem = nil
            state.entry = .none
            state.confirming = nil
            if let clock = state.clock, let turnTime = state.settings.turnTime {
                state.clock = TurnClock(since: nil, bank: clock.bankAfterDecision(turnTime: turnTime, now: state.now))
            }
            return try apply(Decision(action: action, source: .human), bySeat: human, to: &state)
        } catch {
            state.problem = sentence(error.description)
            return []
        }
    }

    /// All-in: the largest raise, or a call when the call already takes every chip; asks for a
    /// second `a` first unless confirmation is off.
    static func allIn(_ state: inout TableState) -> [TableCommand] {
        guard let legal = state.humanLegal else {
            state.problem = notYourTurn(state)
            return []
        }
        guard let amount = legal.maxRaiseTo ?? (legal.callIsAllIn ? legal.callAmount : nil) else {
            let reason = legal.raiseBlock.map { RuleError.raiseNotAllowed(player: legal.player, reason: $0).description }
            state.problem = sentence("you cannot go all-in now: " + (reason ?? "raising is closed"))
            return []
        }
        if state.settings.confirmMoves {
            state.confirming = .allIn(amount)
            return []
        }
        return confirmed(&state, .allIn(amount))
    }

    /// Carries out a confirmed move.
    static func confirmed(_ state: inout TableState, _ move: Confirmation) -> [TableCommand] {
        switch move {
        case .allIn:
            guard let legal = state.humanLegal else {
                state.problem = notYourTurn(state)
                return []
            }
            if let maximum = legal.maxRaiseTo { return humanActs(&state, .betOrRaise(to: maximum)) }
            return humanActs(&state, .checkOrCall)
        case .abandon:
            return [.abandon]
        }
    }

    /// `w` / `s` / `x`: after busting (also while watching the rest) — and `x` at any time.
    static func bustChoice(_ state: inout TableState, _ intent: TableIntent) -> [TableCommand] {
        if intent == .abandon {
            guard state.gameID != nil, !state.game.value.isOver else {
                state.problem = "There is no running game to abandon."
                return []
            }
            if state.settings.confirmMoves {
                state.confirming = .abandon
                return []
            }
            return [.abandon]
        }
        let busted = state.humanSeat.map { state.game.value.match.stacks[$0] == .zero } ?? false
        let choosing = if case .humanBusted = state.phase { true } else { false }
        guard busted, choosing || state.watching, !state.game.value.isOver else {
            state.problem = "W and s are for after you bust."
            return []
        }
        if case .simulating = state.phase { return [] }
        switch intent {
        case .watch:
            state.watching = true
            state.problem = nil
            return choosing ? advance(&state) : []
        case .simulate:
            state.phase = .simulating(status: "starting")
            state.thinking = nil
            return [.simulate(state.game.value)]
        default:
            return []
        }
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
}
