import Foundation
import PokerEngine
import PokerStore
import PokerTestSupport
import Testing
@testable import PokerGame

/// A 200-hand game exported from the store: the PHH replays in PokerKit 0.7.7 to the same
/// finishing stacks, and the PokerStars text is parsed back by PokerKit with chips conserved.
@Suite(.serialized) struct ExportRoundTripTests {
    @Test(.enabled(if: TestPaths.pokerKitPython != nil, "needs the PokerKit venv (make test creates it)"))
    func exportsReplayInPokerKit() async throws {
        let python = try #require(TestPaths.pokerKitPython)
        let (store, dir) = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        // PokerKit merges tied pots; play under its split rule so every PHH hand must match exactly.
        var state = try newGame(seats: 6, seed: 77, stack: 30_000, bigBlind: 20, handsPerLevel: 30)
        var setup = state.setup
        setup.match.splitRule = .pokerKit
        state = GameState(setup: setup, match: try Match(setup.match), personalities: state.personalities)
        let recorder = try await GameRecorder.create(store: store, state: state)
        let runner = GameRunner(controllers: Controllers.offline(for: state), recorder: recorder, analyzeDecisions: false)
        _ = try await runner.play(&state, maxHands: 200)
        let hands = try await store.completeHands(game: recorder.game).count
        #expect(hands >= 150)

        let phh = dir.appendingPathComponent("game.phhs")
        try await store.phhText(game: recorder.game).write(to: phh, atomically: true, encoding: .utf8)
        let stars = dir.appendingPathComponent("game-pokerstars.txt")
        try await store.pokerStarsText(game: recorder.game).write(to: stars, atomically: true, encoding: .utf8)
        let scripts = TestPaths.packageRoot.appendingPathComponent("scripts/pokerkit")

        let replay = try Shell.run("\(Shell.quote(python)) \(Shell.quote(scripts.appendingPathComponent("replay_phh.py").path)) "
            + "--json \(Shell.quote(phh.path))")
        let replayLines = replay.text.split(separator: "\n").filter { $0.contains("\"source\"") }
        #expect(replayLines.count == hands)
        #expect(replayLines.allSatisfy { $0.contains("\"status\": \"match\"") }, "\(replay.text.suffix(1500))")
        #expect(replay.status == 0)

        let parsed = try Shell.run("\(Shell.quote(python)) \(Shell.quote(scripts.appendingPathComponent("parse_pokerstars.py").path)) "
            + "--json \(Shell.quote(stars.path))")
        #expect(parsed.status == 0, "\(parsed.text.suffix(1500))")
        #expect(parsed.text.contains("\(hands) hands") || parsed.text.contains("\"hands\": \(hands)"), "\(parsed.text.suffix(600))")
    }
}
