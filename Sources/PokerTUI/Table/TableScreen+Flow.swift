import PokerAI
import PokerEngine
import PokerGame

extension TableScreen {
    /// Moves the table on after anything changed: asks the next AI seat, waits for the human, or
    /// settles the end of a hand (the result, a bust, the end of the tournament).
    static func advance(_ state: inout TableState) -> [TableCommand] {
        let game = state.game.value
        if game.match.isHandInProgress {
            state.phase = .inHand
            guard let seat = game.seatToAct else { return [] }
            if seat == state.humanSeat {
                state.thinking = nil
                if let commands = playAdvance(&state) { return commands }
                startClock(&state)
                return equityRequest(&state)
            }
            let number = game.match.handsPlayed, index = game.decisionIndex
            if let thinking = state.thinking, thinking.seat == seat, thinking.handNumber == number,
               thinking.decisionIndex == index {
                return []
            }
            guard let request = game.decisionRequest(timeout: game.setup.decisionDuration) else { return [] }
            state.thinking = Thinking(seat: seat, handNumber: number, decisionIndex: index, since: state.now)
            let job = DecisionJob(session: state.session, seat: seat, handNumber: number, decisionIndex: index,
                                  request: request, minimumDuration: state.settings.aiPace,
                                  analyze: state.gameID != nil && game.personalities[seat] != nil)
            return [.decide(job)]
        }
        state.thinking = nil
        if game.match.hand == nil { return dealNextHand(&state) }
        if game.isOver {
            state.phase = .tournamentOver
            return []
        }
        if let human = state.humanSeat, game.match.stacks[human] == .zero, !state.watching {
            state.phase = .humanBusted(place: game.match.places[human] ?? 0)
            return []
        }
        state.phase = .handOver
        state.handOverSince = state.now
        return []
    }

    /// Deals the next hand, logs it and saves it. The hand before it is kept for `l`.
    static func dealNextHand(_ state: inout TableState) -> [TableCommand] {
        let before = state.game.value
        if let hand = before.match.hand, hand.isComplete {
            state.previousHand = PreviousHand(number: before.match.handsPlayed, hand: hand, names: state.positionNames,
                                              viewer: state.viewerPosition)
        }
        var step: GameStep
        do {
            step = try state.game.update { game throws(MatchError) in try game.startNextHand() }
        } catch {
            state.problem = "Cannot deal the next hand: \(error.description)."
            return []
        }
        let game = state.game.value
        state.notices = []
        state.problem = nil
        state.entry = .none
        state.handOverSince = nil
        state.advanceAction = nil
        state.confirming = nil
        state.humanShowed = false
        state.equity = nil
        let anteStyle = game.match.config.schedule.anteStyle
        var levelUps = 0
        for case let .levelUp(level, blinds) in step.matchEvents {
            let text = "Level \(level + 1): blinds \(Format.blinds(blinds, anteStyle: anteStyle))"
            state.notices.append(text)
            // Logged before the hand it starts (its saved message leads the step's talk).
            state.log.append([LogEntry([.text(text, .warning)], hand: game.match.handsPlayed)])
            levelUps += 1
        }
        let saved = step
        step.messages.removeFirst(min(levelUps, step.messages.count))
        state.log.append([TableNarrator.handStarted(number: game.match.handsPlayed, blinds: game.match.blinds,
                                                    anteStyle: anteStyle, buttonName: game.name(ofSeat: game.match.button))])
        state.log.follow()
        var commands: [TableCommand] = [.save(.step(saved, game, newHand: true))]
        commands += absorb(&state, step, boardBefore: 0)
        return commands
    }

    /// Applies a decision by `seat`, logs and saves what it caused, and moves on.
    static func apply(_ decision: Decision, bySeat seat: Int, to state: inout TableState,
                      record: DecisionRecord? = nil) throws(RuleError) -> [TableCommand] {
        let boardBefore = state.game.value.match.hand?.board.count ?? 0
        let step = try state.game.update { game throws(RuleError) in try game.apply(decision, bySeat: seat) }
        var commands: [TableCommand] = [.save(.step(step, state.game.value, newHand: false, decision: record))]
        commands += absorb(&state, step, boardBefore: boardBefore)
        return commands
    }

    /// Logs a step; an all-in board is held back and dealt street by street.
    static func absorb(_ state: inout TableState, _ step: GameStep, boardBefore: Int) -> [TableCommand] {
        let game = state.game.value
        guard let hand = game.match.hand else { return advance(&state) }
        let names = game.match.handSeats.map { game.name(ofSeat: $0) }
        let number = game.match.handsPlayed
        let viewer = state.viewerPosition
        var notices: [String] = []
        for case let .busted(seat, place) in step.matchEvents {
            let who = seat == state.humanSeat ? "You are" : "\(TableNarrator.clean(game.name(ofSeat: seat))) is"
            notices.append("\(who) out in \(Format.ordinal(place)) place")
        }
        for case let .won(seat) in step.matchEvents {
            notices.append(seat == state.humanSeat ? "You win the tournament!"
                           : "\(TableNarrator.clean(game.name(ofSeat: seat))) wins the tournament!")
        }
        let paced = hand.isComplete && hand.isAllInRunout && hand.board.count > boardBefore
            && state.settings.runoutPace > .zero
        // What the acting player said goes right after the action; commentary after the hand.
        let said = step.messages.filter { $0.kind == .speech || $0.kind == .gesture }
        let talk = TableNarrator.entries(for: step.messages.filter { $0.kind != .speech && $0.kind != .gesture },
                                         names: game.setup.names)
        let saidEntries = TableNarrator.entries(for: said, names: game.setup.names)
        let actionIndex = step.handEvents.firstIndex(where: \.isDecision)
        func entries(for event: HandEvent, at index: Int) -> [LogEntry] {
            TableNarrator.entries(for: [event], hand: hand, handNumber: number, names: names, viewer: viewer)
                + (index == actionIndex ? saidEntries : [])
        }
        guard paced else {
            for (index, event) in zip(step.handEvents.indices, step.handEvents) {
                state.log.append(entries(for: event, at: index))
            }
            if actionIndex == nil { state.log.append(saidEntries) }
            state.log.append(talk)
            state.notices += notices
            return advance(&state)
        }
        var shown: [LogEntry] = []
        var held: [Runout.Held] = []
        var boardSoFar = boardBefore
        for (index, event) in zip(step.handEvents.indices, step.handEvents) {
            let entries = entries(for: event, at: index)
            if case let .boardDealt(street, _) = event { boardSoFar = street.boardSize }
            if boardSoFar == boardBefore {
                shown += entries
            } else {
                let isBoard = if case .boardDealt = event { true } else { false }
                held += entries.map { Runout.Held(revealAt: isBoard ? boardSoFar : 6, entry: $0) }
            }
        }
        if actionIndex == nil { shown += saidEntries }
        held += talk.map { Runout.Held(revealAt: 6, entry: $0) }
        state.log.append(shown)
        state.thinking = nil
        state.phase = .runout
        state.runout = Runout(shownBoard: boardBefore, target: hand.board.count,
                              nextAt: state.now.advanced(by: state.settings.runoutPace), held: held, notices: notices)
        return []
    }

    /// Shows the next street of a run-out when its time has come (or at once when `skip`).
    static func stepRunout(_ state: inout TableState, skip: Bool) -> [TableCommand] {
        guard var runout = state.runout else { return [] }
        guard skip || state.now >= runout.nextAt else { return [] }
        let next = skip ? runout.target : ([3, 4, 5].first { $0 > runout.shownBoard } ?? runout.target)
        runout.shownBoard = min(next, runout.target)
        let done = runout.shownBoard >= runout.target
        let shownBoard = runout.shownBoard
        let ready = runout.held.prefix { done || $0.revealAt <= shownBoard }.map(\.entry)
        runout.held.removeFirst(ready.count)
        state.log.append(ready)
        if done {
            state.notices += runout.notices
            state.runout = nil
            return advance(&state)
        }
        runout.nextAt = state.now.advanced(by: state.settings.runoutPace)
        state.runout = runout
        return []
    }
}
