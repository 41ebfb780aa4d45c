import PokerAI
import PokerEngine
import PokerGame

/// The table: `update(&state, msg) -> [TableCommand]` and `render(state, size, capabilities)`,
/// both pure. AI decisions run elsewhere and come back as ``TableMsg/aiDecided(_:)``; answers
/// that no longer fit the game (another hand, another decision, another table) are dropped.
public enum TableScreen {
    /// The first commands of a table: deals the first hand, or asks whoever is to act.
    public static func begin(_ state: inout TableState) -> [TableCommand] {
        advance(&state)
    }

    /// Applies one message.
    public static func update(_ state: inout TableState, _ msg: TableMsg) -> [TableCommand] {
        switch msg {
        case let .key(key):
            return handleKey(&state, key)
        case .tick:
            return handleTick(&state)
        case let .aiDecided(answer):
            return receive(&state, answer)
        case let .aiTalked(messages):
            let live = messages
            guard !live.isEmpty else { return [] }
            var step = GameStep()
            step.messages = live
            state.game.update { $0.record(live) }
            state.log.append(TableNarrator.entries(for: live, names: state.game.value.setup.names))
            state.log.follow()
            return [.save(.talk(step, state.game.value))]
        case let .saveFailed(reason):
            state.saveProblem = reason
            return []
        case let .simulationProgress(status):
            if case .simulating = state.phase { state.phase = .simulating(status: status) }
            return []
        case let .simulationFinished(game):
            let before = state.game.value.match.handsPlayed
            state.game.update { $0 = game }
            state.thinking = nil
            state.log.append([LogEntry([.text("Played out without the table: \(game.match.handsPlayed) hands in all.", .warning)],
                                       hand: game.match.handsPlayed)])
            let news = game.recentTalk.filter { $0.kind == .system && $0.handNumber > before }
            state.log.append(TableNarrator.entries(for: news, names: game.setup.names))
            state.watching = true
            return advance(&state)
        case let .equityEstimated(estimate):
            receiveEquity(&state, estimate)
            return []
        case let .providerRefused(refusal):
            noteRefusal(&state, refusal)
            return []
        case let .simulationFailed(reason):
            state.problem = "The quick play-out stopped: \(reason)"
            state.watching = true
            return advance(&state)
        }
    }

    /// Time passed: the run-out's next street, automatic dealing, or the human's clock running out.
    static func handleTick(_ state: inout TableState) -> [TableCommand] {
        if state.paused { return [] }
        if state.runout != nil { return stepRunout(&state, skip: false) }
        if state.humanToAct { return clockTick(&state) }
        if state.phase == .handOver, let since = state.handOverSince, let delay = autoDealDelay(state),
           state.now >= since.advanced(by: delay) {
            return dealNextHand(&state)
        }
        return []
    }

    /// How long a finished hand stays before the next is dealt by itself (nil: wait for a key).
    static func autoDealDelay(_ state: TableState) -> Duration? {
        state.watching ? state.settings.watchPace : state.settings.autoNextHand
    }

    /// Whether the table needs timer messages now (something animates or waits on the clock).
    public static func needsTicks(_ state: TableState) -> Bool {
        if state.paused { return false }
        return state.thinking != nil || state.runout != nil || (state.phase == .handOver && autoDealDelay(state) != nil)
            || (state.settings.turnTime != nil && state.humanToAct)
    }

    /// An AI seat answered: applied when it answers the decision being waited for, else dropped.
    /// An LLM seat's key was refused: the first time, the table pauses and says so (playing on
    /// uses the offline bots for those seats; leaving keeps the game to resume once the key is fixed).
    static func noteRefusal(_ state: inout TableState, _ refusal: String) {
        guard !state.refusalShown else { return }
        state.refusalShown = true
        if !state.paused {
            state.paused = true
            state.pausedAt = state.now
        }
        state.problem = refusal + " Paused: p plays on with offline bots, q leaves (the game is saved)."
    }

    static func receive(_ state: inout TableState, _ answer: AIAnswer) -> [TableCommand] {
        if state.paused {
            state.heldAnswers.update { $0.append(answer) }
            return []
        }
        let game = state.game.value
        guard answer.session == state.session, let thinking = state.thinking, thinking.seat == answer.seat,
              thinking.handNumber == answer.handNumber, thinking.decisionIndex == answer.decisionIndex,
              game.match.handsPlayed == answer.handNumber, game.decisionIndex == answer.decisionIndex,
              game.seatToAct == answer.seat, state.phase == .inHand
        else {
            state.droppedAnswers += 1
            return []
        }
        state.thinking = nil
        // The answer was settled by the `Turn` pipeline when it was asked; settling again against
        // the table as it is now changes nothing unless the game moved (then the verdict is dropped;
        // the capture and usage stay with the move taken).
        guard let request = game.decisionRequest(timeout: .seconds(1)) else { return [] }
        let decision = Turn.settle(answer.decision, request: request)
        let analysis = decision.action == answer.decision.action ? answer.analysis : nil
        var record = DecisionRecord(Turn.Answer(decision: decision, analysis: analysis), request: request, state: game)
        record?.mind = answer.mind
        do {
            let commands = try apply(decision, bySeat: answer.seat, to: &state, record: record)
            if let refusal = decision.providerRefusal { noteRefusal(&state, refusal) }
            return commands
        } catch {
            state.problem = "An AI move was refused: \(error.description)."
            return []
        }
    }
}
