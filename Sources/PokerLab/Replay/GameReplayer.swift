import PokerAI
import PokerEngine
import PokerGame
import PokerStore

/// Replays a recorded game with no network: LLM seats answer from their captures in order,
/// offline seats decide again from the same seeds, a human seat repeats its recorded actions.
/// Every hand's actions and finishing stacks are compared with the stored game.
public struct GameReplayer: Sendable {
    public let store: GameStore
    public let library: PersonalityLibrary

    /// A replayer reading `store`; `library` supplies personalities a game did not keep.
    public init(store: GameStore, library: PersonalityLibrary) {
        self.store = store
        self.library = library
    }

    /// Replays every recorded hand of `game` and compares it with the record.
    public func replay(_ game: GameID) async throws(GameReplayError) -> GameReplayReport {
        let saved: SavedGame
        let stored: [Int: StoredHand]
        var answers: RecordedAnswers
        let personalities: [Int: Personality]
        do {
            saved = try await store.loadGame(game)
            var hands = Dictionary(try await store.completeHands(game: game).map { ($0.number, $0) }) { $1 }
            let last = saved.match.handsPlayed
            if last > 0, hands[last] == nil { hands[last] = try await store.hand(game: game, number: last) }
            stored = hands
            answers = RecordedAnswers(try await store.decisionCaptures(game: game))
            personalities = try await GamePersonalities.load(game: game, setup: saved.setup, store: store, library: library)
        } catch {
            throw .store(error)
        }
        var state: GameState
        do {
            state = GameState(setup: saved.setup, match: try Match(saved.setup.match), personalities: personalities)
        } catch {
            throw .engine(error.description)
        }
        var results: [HandReplayResult] = []
        var problems: [String] = []
        for number in 1...max(1, saved.match.handsPlayed) where saved.match.handsPlayed > 0 {
            guard let record = stored[number] else {
                problems.append("hand \(number) is missing from the database")
                break
            }
            if state.isOver {
                problems.append("the replayed tournament ended before hand \(number)")
                break
            }
            do {
                _ = try state.startNextHand()
                results.append(try playHand(number, record: record, state: &state, answers: &answers, problems: &problems))
            } catch {
                throw .engine(String(describing: error))
            }
        }
        return GameReplayReport(game: game, hands: results, problems: problems, unusedCaptures: answers.unused,
                                recordedStacks: saved.match.stacks.map(\.rawValue),
                                replayedStacks: state.match.stacks.map(\.rawValue))
    }

    /// Plays the decisions of one hand (as many as were recorded, for a hand still in progress).
    func playHand(_ number: Int, record: StoredHand, state: inout GameState, answers: inout RecordedAnswers,
                  problems: inout [String]) throws(RuleError) -> HandReplayResult {
        let recorded = record.events.filter(\.isDecision)
        var decisions = 0
        var fromCaptures = 0
        while state.match.isHandInProgress, record.isComplete || decisions < recorded.count {
            guard let seat = state.seatToAct, let request = state.decisionRequest(timeout: .seconds(20)),
                  let legal = request.legal else { break }
            var decision: Decision
            let place = "hand \(number), decision \(request.decisionIndex + 1) (\(state.name(ofSeat: seat)))"
            if let capture = answers.take(hand: number, index: request.decisionIndex, seat: seat) {
                fromCaptures += 1
                if let answer = RecordedDecision(capture), capture.seat == seat {
                    decision = answer.decision
                } else {
                    problems.append("\(place): capture \(capture.id?.rawValue ?? 0) cannot be replayed here")
                    decision = offline(request, seat: seat, state: state)
                }
            } else if state.setup.seats[seat].kind == .human {
                decision = Decision(action: decisions < recorded.count ? Self.action(recorded[decisions]) : .fold,
                                    source: .human)
            } else {
                if state.setup.seats[seat].kind == .llm { problems.append("\(place): no capture was recorded") }
                decision = offline(request, seat: seat, state: state)
            }
            do {
                try legal.validate(decision.action)
            } catch {
                problems.append("\(place): the recorded \(decision.action) is not legal now (\(error.description))")
                decision = Decision(action: legal.canCheck ? .checkOrCall : .fold, source: .fallback(reason: "illegal"))
            }
            _ = try state.apply(decision, bySeat: seat)
            decisions += 1
        }
        let replayed = state.match.hand?.events.filter(\.isDecision) ?? []
        let names = record.names
        var difference: String?
        if let index = (0..<min(recorded.count, replayed.count)).first(where: { recorded[$0] != replayed[$0] }) {
            difference = "decision \(index + 1): recorded \(Self.describe(recorded[index], names)), "
                + "replayed \(Self.describe(replayed[index], names))"
        } else if recorded.count != replayed.count {
            difference = "recorded \(recorded.count) decisions, replayed \(replayed.count)"
        }
        let stacksMatch = !record.isComplete || record.finishingStacks == state.match.hand?.finishingStacks
        if difference == nil, !stacksMatch {
            difference = "finishing stacks: recorded \(Self.chips(record.finishingStacks)), "
                + "replayed \(Self.chips(state.match.hand?.finishingStacks))"
        }
        return HandReplayResult(number: number, decisions: decisions, fromCaptures: fromCaptures,
                                actionsMatch: recorded == replayed, stacksMatch: stacksMatch, difference: difference)
    }

    func offline(_ request: DecisionRequest, seat: Int, state: GameState) -> Decision {
        guard let personality = state.personalities[seat] else { return Decision(action: .checkOrCall, source: .offline) }
        return Decision(action: OfflineBot(personality: personality).choose(request), source: .offline)
    }

    /// The action a recorded decision event stands for.
    static func action(_ event: HandEvent) -> Action {
        switch event {
        case .folded: .fold
        case let .betOrRaised(_, to, _, _, _): .betOrRaise(to: to)
        default: .checkOrCall
        }
    }

    static func describe(_ event: HandEvent, _ names: [String]) -> String {
        func name(_ p: Int) -> String { names.indices.contains(p) ? names[p] : "p\(p + 1)" }
        return switch event {
        case let .folded(p): "\(name(p)) folds"
        case let .checked(p): "\(name(p)) checks"
        case let .called(p, amount, _): "\(name(p)) calls \(amount)"
        case let .betOrRaised(p, to, _, _, _): "\(name(p)) bets/raises to \(to)"
        default: "\(event)"
        }
    }

    static func chips(_ stacks: [Chips]?) -> String {
        stacks.map { $0.map { String($0.rawValue) }.joined(separator: "/") } ?? "none"
    }
}
