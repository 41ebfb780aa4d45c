import Foundation
import PokerAI
import PokerEngine
import PokerGame
import PokerLab
import PokerStore
import PokerTestSupport
import Testing

/// Recorded replay: a whole game again from its captures, with no network.
@Suite struct ReplayTests {
    @Test func aFiftyHandGameReplaysEveryActionAndTheFinalStacksExactly() async throws {
        let dir = try TestPaths.temporaryDirectory("pokerlab-replay")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("fifty.sqlite").path
        // Two LLM seats on the fake server and one offline bot, casual mode (no equity in prompts).
        let recorded = try await LabGame.record(path: path, scenario: "replay-fifty", hands: 50, seats: 3,
                                                offlineSeats: [2], mode: .casual, analyze: false, seed: 21, stack: 30_000)
        #expect(recorded.state.match.handsPlayed == 50, "the game lasts 50 hands")
        let captures = try await recorded.store.decisionCaptures(game: recorded.game)
        try await recorded.store.close()

        // The file alone (a bug report): reopened, no server needed.
        let store = try GameStore(path: path)
        let report = try await GameReplayer(store: store, library: LabGame.library).replay(recorded.game)
        #expect(report.hands.count == 50)
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.hands.allSatisfy(\.actionsMatch) && report.hands.allSatisfy(\.stacksMatch))
        #expect(report.finalStacksMatch && report.unusedCaptures == 0 && report.matches)
        #expect(report.fromCaptures == captures.count && report.decisions > report.fromCaptures, "offline seat too")
        #expect(report.recordedStacks == recorded.state.match.stacks.map(\.rawValue))
        #expect(report.text.contains("Reproduced exactly."))
    }

    @Test func aChangedCaptureIsFoundInTheHandItChanges() async throws {
        let dir = try TestPaths.temporaryDirectory("pokerlab-replay")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("short.sqlite").path
        let recorded = try await LabGame.record(path: path, scenario: "replay-short", hands: 6, seats: 3, mode: .casual,
                                                analyze: false, seed: 5)
        let captures = try await recorded.store.decisionCaptures(game: recorded.game)
        // Turn the first recorded fold into a call: the replay must notice in that hand.
        let fold = try #require(captures.first { $0.action == "fold" })
        let id = try #require(fold.id)
        let hand = try #require(fold.handNumber)
        try await LabStoreAccess.setParsedAction(store: recorded.store, capture: id, json: #"{"action":"check_or_call"}"#)
        let report = try await GameReplayer(store: recorded.store, library: LabGame.library).replay(recorded.game)
        #expect(!report.matches)
        let first = try #require(report.hands.first { !$0.matches })
        #expect(first.number == hand)
        #expect(first.difference?.contains("folds") == true, "\(first.difference ?? "")")
        let before = report.hands.filter { $0.number < hand }
        #expect(before.allSatisfy { $0.matches })
        #expect(report.text.contains("NOT reproduced"))
    }
}
