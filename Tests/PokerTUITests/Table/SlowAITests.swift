import PokerAI
import PokerEngine
import PokerGame
import Testing
@testable import PokerTUI

/// An AI seat that takes three seconds to decide (an LLM on a slow day).
struct SlowController: PlayerController {
    let delay: Duration
    let inner: any PlayerController

    func decide(_ request: DecisionRequest) async -> Decision {
        try? await Task.sleep(for: delay)
        return await inner.decide(request)
    }
}

/// The UI never waits for an AI: while a decision takes 3 s, keys are handled at once.
@MainActor
@Suite(.serialized) struct SlowAITests {
    @Test func keysTypedWhileAnAIThinksAreHandledWithinAFrame() async throws {
        // Seed 2, three seats: an AI seat acts first.
        let game = try TableFixtures.game(seats: 3, seed: 2)
        var settings = UISettings()
        settings.aiPaceMs = 0
        let offline = Controllers.offline(for: game)
        let slow = offline.mapValues { SlowController(delay: .seconds(3), inner: $0) as any PlayerController }
        let environment = AppEnvironment(store: nil, library: TableFixtures.library, settingsURL: nil,
                                         exportDirectory: TableFixtures.scratch, makeControllers: AppEnvironment.offlineControllers)
        let effects = AppEffects(environment: environment, live: LiveGame(controllers: slow, recorder: nil))
        let keys: [(Duration, InputEvent)] = [
            (.milliseconds(400), .key(.character("?"))), (.milliseconds(800), .key(.character(" "))),
            (.milliseconds(1_200), .key(.pageUp)), (.milliseconds(1_600), .key(.end)),
            (.milliseconds(2_000), .key(.character("h"))), (.milliseconds(2_400), .key(.escape)),
            (.milliseconds(4_000), .key(.character("q"))),
        ]
        let terminal = PacedTerminal(size: TerminalSize(width: 100, height: 30), script: keys)
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
            let shown = try #require(terminal.frame(after: key.at), "no frame after key \(index)")
            let latency = shown.at - key.at
            #expect(latency < .milliseconds(100), "\(what): \(latency) after the key")
            #expect(check(shown.frame.textDump()), "\(what):\n\(shown.frame.textDump())")
            if key.at < .seconds(2.9) {
                #expect(shown.frame.textDump().contains("is thinking"), "the AI is still thinking at \(key.at)")
            }
        }
        // The slow answer did arrive, about three seconds in, and was played.
        let answered = terminal.frames.first { $0.at > .seconds(2.9) && !$0.frame.textDump().contains("Probabilis-9 is thinking") }
        #expect(answered != nil)
        #expect(terminal.frames.count < 200, "no busy redrawing: \(terminal.frames.count) frames")
    }
}
