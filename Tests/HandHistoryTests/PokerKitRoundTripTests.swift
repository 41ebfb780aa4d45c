import Foundation
import PokerTestSupport
import Testing
@testable import HandHistory
import PokerEngine

/// Hands our engine played, written as PHH, must replay in PokerKit 0.7.7 to the same stacks.
@Suite struct PokerKitRoundTripTests {
    @Test(.enabled(if: TestPaths.pokerKitPython != nil, "needs the PokerKit venv (make venv; make test creates it)"))
    func enginePHHReplaysInPokerKit() throws {
        let python = try #require(TestPaths.pokerKitPython)
        let dir = try TestPaths.temporaryDirectory("phh-roundtrip")
        defer { try? FileManager.default.removeItem(at: dir) }
        var rng = SeededGenerator(seed: 4242)
        var hands: [PHHHand] = []
        for _ in 0..<300 {
            // PokerKit merges tied pots; play under its split rule so every hand must match exactly.
            var config = RandomPlay.config(using: &rng, splitRule: .pokerKit)
            config.splitRule = .pokerKit
            var hand = try Hand.start(config, deck: Deck.shuffled(using: &rng))
            while let legal = hand.legalActions { try hand.apply(RandomPlay.action(legal, using: &rng), by: legal.player) }
            hands.append(PHHWriter.phhHand(from: hand))
        }
        let file = dir.appendingPathComponent("engine.phhs")
        try PHHWriter.text(hands).write(to: file, atomically: true, encoding: .utf8)
        let script = TestPaths.packageRoot.appendingPathComponent("scripts/pokerkit/replay_phh.py").path
        let result = try Shell.run("\(Shell.quote(python)) \(Shell.quote(script)) --json \(Shell.quote(file.path))")
        let lines = result.text.split(separator: "\n").filter { $0.hasPrefix("{") && $0.contains("\"source\"") }
        let matches = lines.filter { $0.contains("\"status\": \"match\"") || $0.contains("\"status\":\"match\"") }
        #expect(lines.count == 300, "\(result.text.suffix(2000))")
        #expect(matches.count == 300, "\(result.text.suffix(2000))")
        #expect(result.status == 0)
    }
}
