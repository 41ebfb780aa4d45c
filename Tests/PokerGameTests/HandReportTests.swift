import PokerAI
import PokerEngine
import Testing
@testable import PokerGame

/// The one-line hand reports of headless play and the dealer's messages, in good English.
@Suite struct HandReportTests {
    @Test func theHumanSeatIsAddressedAsYou() async throws {
        var sawYouWin = false
        for seed in UInt64(1)...12 where !sawYouWin {
            var options = NewGameOptions()
            options.seats = 3
            options.seed = seed
            options.startingStack = 400
            options.humanName = "You"
            var state = try GameState.new(options, library: library)
            var controllers = Controllers.offline(for: state)
            controllers[0] = AlwaysCall()
            var lines: [String] = []
            _ = try await GameRunner(controllers: controllers, recorder: nil).play(&state, maxHands: 12) { lines.append($0.text) }
            #expect(!lines.contains { $0.contains("You wins") }, "\(lines)")
            sawYouWin = lines.contains { $0.contains("You win ") }
            let busts = state.recentTalk.filter { $0.kind == .system && $0.text.contains(" is out in ") }.map(\.text)
            #expect(busts.allSatisfy { $0.hasSuffix("st place.") || $0.hasSuffix("nd place.") || $0.hasSuffix("rd place.")
                || $0.hasSuffix("th place.") }, "\(busts)")
        }
        #expect(sawYouWin, "no seed let You win a pot")
    }
}
