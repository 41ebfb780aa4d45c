import Testing
@testable import HandHistory
import PokerEngine

@Suite struct PHHRoundTripTests {
    @Test func handsTheEnginePlayedReplayToTheSameStacks() throws {
        var rng = SeededGenerator(seed: 31)
        for _ in 0..<500 {
            let hand = try RandomPlay.playHand(using: &rng)
            let phh = PHHWriter.phhHand(from: hand, players: (0..<hand.playerCount).map { "Player \"\($0)\"" })
            let text = PHHWriter.text(phh)
            let parsed = try #require(try PHHReader.parse(text, source: "t", many: false).first?.result.get())
            #expect(parsed == phh)
            let outcome = PHHReplayer.replay(parsed, source: "t", splitRule: hand.config.splitRule)
            #expect(outcome.status == .match, "\(outcome.error ?? "")\n\(text)")
        }
    }

    @Test func manyHandsInOnePhhsKeepTheirOrder() throws {
        var rng = SeededGenerator(seed: 32)
        let hands = try (0..<12).map { _ in PHHWriter.phhHand(from: try RandomPlay.playHand(using: &rng)) }
        let entries = try PHHReader.parse(PHHWriter.text(hands), source: "f.phhs", many: true)
        #expect(entries.map(\.source) == (1...12).map { "f.phhs#\($0)" })
        #expect(try entries.map { try $0.result.get() } == hands)
    }

    @Test(arguments: [
        ("variant = 'NT'\nantes = [0, 0]\n", "missing"),
        ("variant = 'NT'\nantes = [0, 0]\nblinds_or_straddles = [1, 2]\nmin_bet = 2\nstarting_stacks = [100, 100]\nactions = ['p1 xx']\n", "unknown action"),
        ("variant = 'NT'\nantes = [0, 0]\nblinds_or_straddles = [1, 2]\nmin_bet = 2\nstarting_stacks = [100, 100]\nactions = ['d dh p1 AsAs', 'd dh p2 KdKc', 'p2 cc', 'p1 cc']\n", "twice"),
        ("variant = 'NT'\nantes = [0, 0]\nblinds_or_straddles = [1, 2]\nmin_bet = 2\nstarting_stacks = [100, 100]\nactions = ['d dh p1 AsAh', 'd dh p2 KdKc', 'p1 cc']\n", "turn"),
        ("variant = 'NT'\nantes = [0, 0]\nblinds_or_straddles = [1, 2]\nmin_bet = 2\nstarting_stacks = [100, 100]\nactions = ['d dh p1 AsAh', 'd dh p2 KdKc', 'p2 cc']\n", "still to act"),
        ("variant = 'NT'\nantes = [0, 0]\nblinds_or_straddles = [1, 2]\nmin_bet = 2\nstarting_stacks = [100, 100.0000000005]\nactions = []\n", "more than 9 decimals"),
        ("variant = 'NT'\nantes = [0, 0]\nblinds_or_straddles = [1, 2]\nmin_bet = 2\nstarting_stacks = [100, 100]\nactions = ['p1 cbr 1.2.3']\n", "is not an amount"),
        ("variant = 'FR'\n", "unsupported variant"),
        ("variant = 'NT\nantes = [", "TOML error"),
    ])
    func badInputGetsOneClearError(text: String, expected: String) throws {
        let outcome: ReplayOutcome
        do {
            outcome = PHHReplayer.replay(try PHHReader.parse(text, source: "bad.phh", many: false)).first!
        } catch {
            #expect(error.description.contains(expected), "\(error)")
            return
        }
        #expect(outcome.status == .error)
        #expect(outcome.error?.contains(expected) == true, "\(outcome.error ?? "no error")")
    }
}
