import Foundation
import PokerTestSupport
import Testing

/// `pokerface replay` in a real terminal on a hand imported with `pokerface hh import`: the
/// hero's cards and the hands shown at the end face up, the hands nobody saw face down, each
/// street's pot and equities, then the all-in with its pot and equities.
@Suite(.serialized) struct ReplayEndToEndTests {
    struct HandRow: Decodable {
        var id: Int
        var totalPot: Int
    }

    @Test(arguments: ["--hand ", ""]) func anImportedHandOpensByItsID(flag: String) throws {
        let home = try TestPaths.temporaryDirectory("pokerface-replay-e2e")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("games.sqlite").path
        let pokerface = shellQuoted(TableEndToEndTests.pokerface)
        let fixture = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/pokerstars/features.txt").path
        let imported = try shell("\(pokerface) hh import \(shellQuoted(fixture)) --db \(shellQuoted(db))")
        #expect(imported.status == 0, "\(imported.output)")
        // The tournament hand with the three-way all-in went into the import's second game.
        let listing = try shell("\(pokerface) hands --game 2 --json --db \(shellQuoted(db))")
        let hand = try #require(try JSONDecoder().decode([HandRow].self, from: Data(listing.output.utf8)).first)
        #expect(hand.totalPot == 3_285)

        let tmux = try TmuxSession(command: TableEndToEndTests.command("replay \(flag)\(hand.id) --db \(shellQuoted(db))", home: home),
                                   width: 100, height: 30)
        defer { tmux.kill() }
        // The viewer is drawn in full once its key line is (or the command ended).
        var screen = try tmux.waitFor("the replay viewer") { $0.contains("←→ step") || $0.contains("exit=") }
        #expect(screen.contains("Replay · game 2 · hand 1"), "\(screen)")
        #expect(screen.contains("[K♣][K♥]"), "the hero's cards are face up:\n\(screen)")
        #expect(screen.contains("[A♠][J♠]") && screen.contains("[9♦][9♣]"), "the hands shown later, as dealt:\n\(screen)")
        #expect(screen.components(separatedBy: "[░░][░░]").count - 1 == 3, "Echo, Delta and Alpha were never seen:\n\(screen)")
        #expect(screen.contains(try Regex(#"Preflop · pot 450 · Echo \(unknown\) \d+%"#)), "\(screen)")
        try tmux.sendKeys("4")
        screen = try tmux.waitFor("All-in, preflop · pot 3,285")
        #expect(screen.contains("Bravo shows [A♠][J♠]"), "\(screen)")
        #expect(screen.contains(try Regex(#"Hero \d+%"#)), "the all-in equities:\n\(screen)")
        try tmux.sendKeys("q")
        screen = try tmux.waitFor("exit=")
        #expect(screen.contains("exit=0"), "\(screen)")
    }
}
