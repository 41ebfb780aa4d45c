import Foundation
import PokerTestSupport
import Testing

/// The real terminal path for the game: `pokerface play` inside tmux with offline bots, driven
/// by keys; then the database is checked for the saved game, and `resume` picks it up.
@Suite(.serialized) struct TableEndToEndTests {
    static let pokerface = productPath("pokerface")

    struct GameRow: Decodable {
        var id: Int
        var status: String
        var handsPlayed: Int
    }

    static func command(_ arguments: String, home: URL) -> String {
        "env -u NO_COLOR LANG=C.UTF-8 XDG_CONFIG_HOME=\(shellQuoted(home.path)) POKERFACE_AI_DELAY_MS=0 "
            + "POKERFACE_RUNOUT_MS=0 SWIFT_BACKTRACE=enable=no \(shellQuoted(pokerface)) \(arguments); "
            + "echo \"exit=$?\"; sleep 30"
    }

    /// The hand number in the header ("Hand 3 · Level 1 …").
    /// The screen from the log's title down.
    static func log(_ screen: String) -> Substring {
        screen.range(of: "── Log").map { screen[$0.lowerBound...] } ?? Substring(screen)
    }

    static func handNumber(_ screen: String) -> Int? {
        guard let range = screen.range(of: "Hand ") else { return nil }
        return Int(screen[range.upperBound...].prefix { $0.isNumber })
    }

    @Test func playsHandsByKeysFollowsResizesQuitsAndSavesTheGame() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-e2e")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("games.sqlite").path
        let tmux = try TmuxSession(command: Self.command("play --seed 7 --seats 4 --stack 20000 --db \(shellQuoted(db))", home: home),
                                   width: 100, height: 30)
        defer { tmux.kill() }

        var screen = try tmux.waitFor("Your turn")
        let card = try Regex(#"\[[2-9TJQKA][♠♥♦♣]\]"#)
        #expect(screen.contains(card), "the human's cards are face up:\n\(screen)")
        #expect(screen.contains("[░░][░░]"), "the others' are backs")
        #expect(screen.contains("Pot "))
        #expect(screen.contains("f fold") || screen.contains("c check"))
        #expect(screen.contains("r raise") || screen.contains("r bet"))
        #expect(screen.contains("a all-in"))

        // Play: check or call whenever it is our turn, deal on, until hand 3 is under way.
        // After each key, wait for the screen to move on (never press twice for one turn).
        var sawOurMoves = false
        while (Self.handNumber(screen) ?? 0) < 3 || !screen.contains("Your turn") {
            sawOurMoves = sawOurMoves || screen.contains("You check") || screen.contains("You call")
            if screen.contains("Your turn") {
                try tmux.sendKeys("c")
            } else if screen.contains("Hand over") {
                try tmux.sendKeys("Space")
            } else if screen.contains("You are out") {
                try tmux.sendKeys("w")
            }
            // The log, not the whole screen: the header's clock changes by itself.
            let before = Self.log(screen)
            screen = try tmux.waitFor("the table to move on") { Self.log($0) != before }
        }
        sawOurMoves = sawOurMoves || screen.contains("You check") || screen.contains("You call")
        #expect((Self.handNumber(screen) ?? 0) >= 3, "three hands were not reached:\n\(screen)")
        #expect(sawOurMoves, "our moves were never in the log")

        try tmux.resize(width: 80, height: 24)
        screen = try tmux.waitFor("the 80×24 layout") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.contains { $0.hasPrefix("── Log ") } && lines.allSatisfy { $0.count <= 80 } && !screen.contains("PokerFace ·")
        }
        #expect(screen.contains("Pot "))
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("make the window larger (need 80×24, have 60×20)")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor("PokerFace · Hand")

        try tmux.sendKeys("q")
        screen = try tmux.waitFor("exit=")
        #expect(screen.contains("exit=0"), "\(screen)")
        #expect(try tmux.display("#{alternate_on}") == "0")

        let listing = try shell("\(shellQuoted(Self.pokerface)) games --db \(shellQuoted(db)) --json")
        #expect(listing.status == 0)
        let games = try JSONDecoder().decode([GameRow].self, from: Data(listing.output.utf8))
        let game = try #require(games.first)
        #expect(game.status == "running")
        #expect(game.handsPlayed >= 3, "the hands played are saved: \(listing.output)")

        // And the game resumes where it stopped.
        let resumed = try TmuxSession(command: Self.command("resume \(game.id) --db \(shellQuoted(db))", home: home),
                                      width: 100, height: 30)
        defer { resumed.kill() }
        screen = try resumed.waitFor("Hand \(game.handsPlayed) ")
        #expect(screen.contains("Game \(game.id)"))
        try resumed.sendKeys("q")
        #expect(try resumed.waitFor("exit=").contains("exit=0"))
    }

    @Test func withoutATerminalPlayRefusesWithCode2() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-e2e")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("games.sqlite").path
        let result = try shell("\(shellQuoted(Self.pokerface)) play --seed 3 --db \(shellQuoted(db)) < /dev/null")
        #expect(result.status == 2)
        #expect(result.output.contains("pokerface needs an interactive terminal"), "\(result.output)")
        let listing = try shell("\(shellQuoted(Self.pokerface)) games --db \(shellQuoted(db)) --json")
        let games = try JSONDecoder().decode([GameRow].self, from: Data(listing.output.utf8))
        #expect(games.map(\.status) == ["abandoned"], "the game made for the table is not left for resume")
        let bare = try shell("\(shellQuoted(Self.pokerface)) < /dev/null")
        #expect(bare.status == 0)
        #expect(bare.output.contains("USAGE: pokerface <subcommand>"), "without a terminal, plain pokerface prints help")
    }
}
