import PokerAI
import PokerEngine
import PokerGame
import PokerTestSupport
import Testing
@testable import PokerTUI

/// An AI seat that thinks until it is told to answer (an LLM on a slow day, without the clock).
struct GatedController: PlayerController {
    let open: @Sendable () -> Bool
    let inner: any PlayerController

    func decide(_ request: DecisionRequest) async -> Decision {
        try? await Poll.until("the test to let the AI answer", timeout: .seconds(120)) { open() }
        return await inner.decide(request)
    }
}

/// The UI never waits for an AI: while a decision is pending, keys are handled at once. The AI
/// may answer only after every key was handled, so each key's frame must come while it thinks.
@MainActor
@Suite(.serialized) struct SlowAITests {
    @Test func keysTypedWhileAnAIThinksAreHandledWithinAFrame() async throws {
        // Seed 2, three seats: an AI seat acts first.
        let game = try TableFixtures.game(seats: 3, seed: 2)
        var settings = UISettings()
        settings.aiPaceMs = 0
        let keys: [Key] = [.character("?"), .character(" "), .pageUp, .end, .character("h"), .escape]
        // Each key is handed out once the previous one's frame was presented; the seventh (a
        // harmless `End`) lets the AI answer; `q` once the game has moved on to the human.
        let terminal = PacedTerminal(size: TerminalSize(width: 100, height: 30),
                                     steps: [.when("is thinking", .key(keys[0]))] + keys.dropFirst().map { .after(.zero, .key($0)) }
                                         + [.after(.zero, .key(.end)), .when("Your turn", .key(.character("q")))])
        let offline = Controllers.offline(for: game)
        let gated = offline.mapValues { inner -> any PlayerController in
            GatedController(open: { terminal.handedOut.load(ordering: .sequentiallyConsistent) > keys.count }, inner: inner)
        }
        let environment = AppEnvironment(store: nil, library: TableFixtures.library, settingsURL: nil,
                                         exportDirectory: TableFixtures.scratch, makeControllers: AppEnvironment.offlineControllers)
        let effects = AppEffects(environment: environment, live: LiveGame(controllers: gated, recorder: nil))
        try PokerApp.run(on: terminal, effects: effects) { now, size in
            AppState.table(game, gameID: nil, now: now, size: size, settings: settings)
        }
        await effects.finish()

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
            let key = terminal.delivered[index]
            let next = terminal.delivered[index + 1]
            // The first frame after the key, presented before the next key was handed out.
            let shown = try #require(terminal.frames.first { $0.at >= key.at && $0.at <= next.at }, "no frame for key \(index)")
            #expect(check(shown.frame.textDump()), "\(what):\n\(shown.frame.textDump())")
            #expect(shown.frame.textDump().contains("is thinking"), "the AI is still thinking after key \(index)")
        }
        // The answer did arrive once allowed, and was played.
        let released = terminal.delivered[keys.count].at
        #expect(terminal.frames.contains { $0.at >= released && !$0.frame.textDump().contains("Probabilis-9 is thinking") })
    }
}
