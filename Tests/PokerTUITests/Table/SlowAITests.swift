import PokerAI
import PokerEngine
import PokerGame
import Synchronization
import Testing
@testable import PokerTUI

/// Holds AI decisions until the test opens it: an LLM on a slow day, without a clock.
final class Gate: Sendable {
    private let state = Mutex<(open: Bool, waiting: [CheckedContinuation<Void, Never>])>((false, []))

    /// Returns once the gate is open.
    func pass() async {
        await withCheckedContinuation { continuation in
            let now = state.withLock { state in
                if state.open { return true }
                state.waiting.append(continuation)
                return false
            }
            if now { continuation.resume() }
        }
    }

    func open() {
        let waiting = state.withLock { state in
            state.open = true
            defer { state.waiting = [] }
            return state.waiting
        }
        for continuation in waiting { continuation.resume() }
    }
}

/// An AI seat that decides only once its gate is open.
struct GatedController: PlayerController {
    let gate: Gate
    let inner: any PlayerController

    func decide(_ request: DecisionRequest) async -> Decision {
        await gate.pass()
        return await inner.decide(request)
    }
}

/// The UI never waits for an AI: while a decision is pending, every key is handled at once.
@MainActor
@Suite(.serialized) struct SlowAITests {
    @Test func keysTypedWhileAnAIThinksAreHandledWithinAFrame() async throws {
        // Seed 2, three seats: the AI on the button acts first, and keeps thinking until the gate
        // opens; then the turn is the human's.
        let game = try TableFixtures.game(seats: 3, seed: 2)
        var settings = UISettings()
        settings.aiPaceMs = 0
        let gate = Gate()
        let offline = Controllers.offline(for: game)
        let gated = offline.mapValues { GatedController(gate: gate, inner: $0) as any PlayerController }
        let environment = AppEnvironment(store: nil, library: TableFixtures.library, settingsURL: nil,
                                         exportDirectory: TableFixtures.scratch, makeControllers: AppEnvironment.offlineControllers)
        let effects = AppEffects(environment: environment, live: LiveGame(controllers: gated, recorder: nil))
        let terminal = PacedTerminal(size: TerminalSize(width: 100, height: 30), steps: [
            .when("is thinking", .key(.character("?"))), .when("Table keys", .key(.character(" "))),
            .until("the help closed", { !$0.contains("Table keys") }, .key(.pageUp)),
            .when("newer below", .key(.end)),
            .until("the log following", { !$0.contains("newer below") }, .key(.character("h"))),
            .when("HUD: this game", .key(.escape)),
            .run("is thinking") { gate.open() },
            .when("Your turn", .key(.character("q"))),
        ])
        try PokerApp.run(on: terminal, effects: effects) { now, size in
            AppState.table(game, gameID: nil, now: now, size: size, settings: settings)
        }
        await effects.finish()
        #expect(!terminal.gaveUp)

        let first = try #require(terminal.frames.first).frame.textDump()
        #expect(first.contains("is thinking"), "an AI is asked first:\n\(first)")
        let expectations: [(Int, (String) -> Bool, String)] = [
            (0, { $0.contains("Table keys") }, "help opens"),
            (1, { !$0.contains("Table keys") }, "help closes"),
            (2, { $0.contains("newer below") }, "the log scrolls back"),
            (3, { !$0.contains("newer below") }, "the log follows again"),
            (4, { $0.contains("HUD: this game") }, "the HUD opens"),
            (5, { !$0.contains("HUD: this game") }, "the HUD closes"),
        ]
        for (index, check, what) in expectations {
            // The very next frame after the key shows it, while the AI is still deciding.
            let shown = try #require(terminal.frame(afterEvent: index), "no frame after key \(index)").textDump()
            #expect(check(shown), "\(what):\n\(shown)")
            #expect(shown.contains("is thinking"), "\(what): the AI is still thinking:\n\(shown)")
        }
        // Once the gate opened the answer arrived and was played: the turn came to the human.
        let last = try #require(terminal.frames.last).frame.textDump()
        #expect(last.contains("Your turn") && !last.contains("is thinking"), "\(last)")
    }
}
