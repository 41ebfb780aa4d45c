import PokerEngine

extension TableScreen {
    /// `p`: pause or resume. Paused, AI answers wait in order, nothing is dealt by itself, the
    /// run-out and the human's clock stop; resuming applies what waited.
    static func togglePause(_ state: inout TableState) -> [TableCommand] {
        state.problem = nil
        if !state.paused {
            state.paused = true
            state.pausedAt = state.now
            return []
        }
        state.paused = false
        let pausedFor = state.pausedAt.map { $0.duration(to: state.now) } ?? .zero
        state.pausedAt = nil
        // The clocks start again where they stopped.
        if let since = state.clock?.since { state.clock?.since = since.advanced(by: pausedFor) }
        if let since = state.handOverSince { state.handOverSince = since.advanced(by: pausedFor) }
        if let thinking = state.thinking { state.thinking?.since = thinking.since.advanced(by: pausedFor) }
        if let next = state.runout?.nextAt { state.runout?.nextAt = next.advanced(by: pausedFor) }
        let waiting = state.heldAnswers.value
        state.heldAnswers.update { $0.removeAll() }
        var commands: [TableCommand] = []
        for answer in waiting { commands += receive(&state, answer) }
        return commands
    }

    /// The human's clock starts when their turn comes (time bank on).
    static func startClock(_ state: inout TableState) {
        guard state.settings.turnTime != nil else { return }
        let bank = state.clock?.bank ?? state.settings.timeBank
        if state.clock?.since == nil { state.clock = TurnClock(since: state.now, bank: bank) }
    }

    /// Time is up (turn time and bank spent): check when free, else fold.
    static func clockTick(_ state: inout TableState) -> [TableCommand] {
        guard let turnTime = state.settings.turnTime, let clock = state.clock, state.humanLegal != nil,
              let left = clock.remaining(turnTime: turnTime, now: state.now), left.turn == .zero, left.bank == .zero
        else { return [] }
        let legal = state.humanLegal
        state.entry = .none
        let commands = humanActs(&state, legal?.canCheck == true ? .checkOrCall : .fold)
        state.problem = "Your time ran out: the table " + (legal?.canCheck == true ? "checked" : "folded") + " for you."
        return commands
    }
}
