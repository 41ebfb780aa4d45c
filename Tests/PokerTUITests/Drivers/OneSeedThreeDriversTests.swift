import Foundation
import LLMClient
import PokerAI
import PokerEngine
import PokerGame
import PokerStore
import PokerTestSupport
import Testing
@testable import PokerExperiments
@testable import PokerTUI

/// One seed through the three drivers of a game — headless play (`GameRunner`), an experiment
/// game (`TournamentTable`) and the terminal table (`TableScreen` with `AppEffects`, a scripted
/// human pressing keys) — must give the same hands, the same decisions and the same verdicts.
@Suite struct OneSeedThreeDriversTests {
    static let hands = 5

    /// The scripted human: check when free, call up to two big blinds of the first level, else fold.
    static let human: @Sendable (LegalActions) -> Action = { legal in
        legal.canCheck || legal.callAmount <= Chips(40) ? .checkOrCall : .fold
    }

    /// Plays for the human seat what the scripted human presses at the table.
    struct ScriptedHuman: PlayerController {
        func decide(_ request: DecisionRequest) async -> Decision {
            guard let legal = request.legal else { return Decision(action: .checkOrCall, source: .offline) }
            return Decision(action: OneSeedThreeDriversTests.human(legal), source: .offline)
        }
    }

    /// What each driver left in its store.
    struct Record: Equatable {
        struct Hand: Equatable {
            let number: Int, button: Int, seats: [Int], blinds: BlindLevel, deck: Deck, events: [HandEvent], stacks: [Chips]?
        }
        struct Verdict: Equatable {
            let hand: Int?, seat: Int, personality: String, street: Street, action: String, amount: Chips?,
                verdict: AnalysisRow.Verdict, optimal: String?
        }
        var hands: [Hand]
        /// An LLM seat's prompts and answers (latency, times and ids aside).
        struct Capture: Equatable {
            let hand: Int?, seat: Int?, decision: Int?, callType: String, system: String, user: String, response: String?,
                parsed: String?, action: String?, amount: Int?
        }
        var verdicts: [Verdict]
        var captures: [Capture]

        /// Where `other` first differs from this record (nil when it does not).
        func firstDifference(from other: Record) -> String? {
            func first<T: Equatable>(_ name: String, _ a: [T], _ b: [T]) -> String? {
                guard let i = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) else {
                    return a.count == b.count ? nil : "\(name): \(a.count) here, \(b.count) there"
                }
                return "\(name)[\(i)]: \(a[i])\n  vs \(b[i])"
            }
            return first("hands", hands, other.hands) ?? first("verdicts", verdicts, other.verdicts)
                ?? first("captures", captures, other.captures)
        }
    }

    static func game() throws -> GameState {
        try TableFixtures.game(seats: 4, seed: 20_261_206, opponents: ["Blackbeard", "Merlin", "Grandma Rosie"])
    }

    /// Offline bots, the scripted human in seat 0, and in seat 1 an LLM seat whose provider (an
    /// in-process scripted transport on a test clock) always answers "call".
    static func controllers(_ game: GameState) throws -> [Int: any PlayerController] {
        var controllers = Controllers.offline(for: game)
        controllers[0] = ScriptedHuman()
        // The deadline never comes (a manual clock nobody advances): the scripted answer always wins
        // the race, so the seat answers alike in every run.
        let clock = ManualClock(autoAdvance: false)
        let client = LLMClient(transport: ScriptedTransport(clock: clock, steps: [.ok()]), clock: clock)
        let overrides = LLMOverrides(provider: .local, model: "scripted", baseURL: "http://scripted.invalid/v1")
        let config = try LLMConfig.resolve(overrides, environment: [:])
        guard let personality = game.personalities[1], let slug = game.setup.seats[1].personality else {
            throw CocoaError(.fileNoSuchFile)
        }
        // The capture travels with the decision and is stored with its action (one transaction).
        controllers[1] = LLMPlayer(personality: personality, slug: slug, client: client, config: config)
        return controllers
    }

    /// Plays `drive` on a fresh store and reads back what it saved.
    static func played(_ drive: (GameState, GameRecorder) async throws -> Void) async throws -> Record {
        let directory = try TestPaths.temporaryDirectory("three-drivers")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try GameStore(path: directory.appendingPathComponent("game.sqlite").path)
        let game = try Self.game()
        let recorder = try await GameRecorder.create(store: store, state: game)
        try await drive(game, recorder)
        let hands = try await store.completeHands(game: recorder.game).map {
            Record.Hand(number: $0.number, button: $0.buttonSeat, seats: $0.seats, blinds: $0.blinds, deck: $0.deck,
                        events: $0.events, stacks: $0.finishingStacks)
        }
        let verdicts = try await store.analyses(game: recorder.game).map {
            Record.Verdict(hand: $0.handNumber, seat: $0.seat, personality: $0.personality, street: $0.street,
                           action: $0.actionTaken, amount: $0.amount, verdict: $0.verdict, optimal: $0.optimalAction)
        }
        let rows = try await store.captures(game: recorder.game).sorted { ($0.id?.rawValue ?? 0) < ($1.id?.rawValue ?? 0) }
        let captures = rows.map {
            Record.Capture(hand: $0.handNumber, seat: $0.seat, decision: $0.decisionIndex, callType: $0.callType,
                           system: $0.systemPrompt, user: $0.userMessage, response: $0.rawResponse,
                           parsed: $0.parsedActionJSON, action: $0.action, amount: $0.amount)
        }
        try await store.close()
        return Record(hands: hands, verdicts: verdicts, captures: captures)
    }

    @Test func oneSeedPlaysTheSameGameThroughEveryDriver() async throws {
        let headless = try await Self.played { game, recorder in
            var state = game
            let controllers = try Self.controllers(game)
            let runner = GameRunner(controllers: controllers, recorder: recorder, decisionTimeout: game.setup.decisionDuration)
            #expect(try await runner.play(&state, maxHands: Self.hands) == .handLimit)
        }
        let experiment = try await Self.played { game, recorder in
            var state = game
            let controllers = try Self.controllers(game)
            let table = TournamentTable(controllers: controllers, recorder: recorder, analyze: true,
                                        timeout: game.setup.decisionDuration, handCap: Self.hands)
            let outcome = try await table.play(&state, shouldStop: { false }, onDecision: {}, onHandEnd: { _ in })
            #expect(outcome == .capped)
        }
        let terminal = try await Self.played { game, recorder in
            let controllers = try Self.controllers(game)
            var table = EffectsTable(state: TableFixtures.table(game), controllers: controllers, recorder: recorder,
                                     human: Self.human)
            try await table.play(hands: Self.hands)
            #expect(table.state.phase == .handOver && table.state.droppedAnswers == 0)
        }
        #expect(headless.hands.count == Self.hands)
        let humanMoves = headless.hands.flatMap { hand in
            hand.events.filter { $0.isDecision && $0.player.map { hand.seats[$0] } == 0 }
        }
        #expect(!humanMoves.isEmpty, "the scripted human played")
        #expect(headless.verdicts.count > 10, "AI decisions are judged")
        #expect(headless.verdicts.allSatisfy { $0.seat != 0 }, "the human's are not")
        #expect(headless.captures.count > 3 && headless.captures.allSatisfy { $0.seat == 1 }, "the LLM seat was asked")
        #expect(headless.firstDifference(from: experiment) == nil, "an experiment game plays what headless play plays")
        #expect(headless.firstDifference(from: terminal) == nil, "the table plays what headless play plays")
    }
}
