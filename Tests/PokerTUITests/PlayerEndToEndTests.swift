import Foundation
import PokerTestSupport
import Testing

/// The real terminal path for what the player does beyond playing a hand: replay from the
/// shell, a window made too small, a move chosen in advance, the all-in confirmation, and `q`
/// from a game started in the menu. Every wait is for something on the screen, with a generous
/// deadline (the machine may be busy).
@Suite(.serialized) struct PlayerEndToEndTests {
    static let deadline = Duration.seconds(45)

    static func command(_ arguments: String, home: URL, aiDelayMs: Int = 0) -> String {
        "env -u NO_COLOR LANG=C.UTF-8 XDG_CONFIG_HOME=\(shellQuoted(home.path)) POKERFACE_AI_DELAY_MS=\(aiDelayMs) "
            + "POKERFACE_RUNOUT_MS=0 SWIFT_BACKTRACE=enable=no \(shellQuoted(TableEndToEndTests.pokerface)) \(arguments); "
            + "echo \"exit=$?\"; sleep 60"
    }

    /// Defect 1: `pokerface replay` failed in a real terminal however it was called.
    @Test func replayFromTheShell() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-e2e")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("games.sqlite").path
        let played = try shell("\(shellQuoted(TableEndToEndTests.pokerface)) play --headless --seed 4 --hands 3 --db \(shellQuoted(db))")
        #expect(played.status == 0, "\(played.output)")

        let tmux = try TmuxSession(command: Self.command("replay --db \(shellQuoted(db))", home: home), width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("Replay: choose a game", timeout: Self.deadline)
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Won by", timeout: Self.deadline)
        try tmux.sendKeys("Enter")
        try tmux.waitFor("As dealt", timeout: Self.deadline)
        try tmux.sendKeys("Right")
        try tmux.waitFor("Action 1 of", timeout: Self.deadline)
        try tmux.sendKeys("q")
        let screen = try tmux.waitFor("exit=", timeout: Self.deadline)
        #expect(screen.contains("exit=0"), "\(screen)")
        #expect(!screen.contains("Can't read a value"), "\(screen)")

        let byGame = try TmuxSession(command: Self.command("replay --game 1 --db \(shellQuoted(db))", home: home), width: 100, height: 30)
        defer { byGame.kill() }
        try byGame.waitFor("Won by", timeout: Self.deadline)
        try byGame.sendKeys("q")
        #expect(try byGame.waitFor("exit=", timeout: Self.deadline).contains("exit=0"))
    }

    /// Defect 2, an all-in confirmation and a move chosen in advance, at one table.
    @Test func tooSmallIgnoresKeysAllInConfirmsAndAdvanceMovesPlay() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-e2e")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("games.sqlite").path
        let tmux = try TmuxSession(command: Self.command("play --seed 7 --seats 4 --db \(shellQuoted(db))", home: home, aiDelayMs: 1_200),
                                   width: 160, height: 50)
        defer { tmux.kill() }
        var screen = try tmux.waitFor("Your turn", timeout: Self.deadline)
        let hand = TableEndToEndTests.handNumber(screen)

        // Too small: the keys of an all-in are ignored, unseen moves never happen.
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("make the window larger (need 80×24, have 60×20)", timeout: Self.deadline)
        try tmux.sendKeys("a")
        try tmux.sendKeys("a")
        try tmux.sendKeys("f")
        try tmux.resize(width: 160, height: 50)
        screen = try tmux.waitFor("the table again", timeout: Self.deadline) { $0.contains("Your turn") }
        #expect(TableEndToEndTests.handNumber(screen) == hand)
        #expect(!screen.contains("You fold") && !screen.contains("all-in for") && !screen.contains("Press a again"), "\(screen)")

        // All-in asks first; another key cancels; a second `a` goes all-in.
        try tmux.sendKeys("a")
        try tmux.waitFor("Press a again to confirm", timeout: Self.deadline)
        try tmux.sendKeys("Escape")
        try tmux.waitFor("the question gone", timeout: Self.deadline) { !$0.contains("Press a again") && $0.contains("Your turn") }
        try tmux.sendKeys("c")
        #expect(try Self.playsAnAdvanceMove(tmux), "call any never played by itself")
        screen = try tmux.waitFor("our turn", timeout: Self.deadline) { screen in
            if screen.contains("Hand over") { try? tmux.sendKeys("Space") }
            return screen.contains("Your turn")
        }
        try tmux.sendKeys("a")
        try tmux.waitFor("Press a again to confirm", timeout: Self.deadline)
        try tmux.sendKeys("a")
        try tmux.waitFor("the all-in in the log", timeout: Self.deadline) { $0.contains("(all-in)") || $0.contains("is all-in") || $0.contains("are all-in") }
        try tmux.sendKeys("q")
        screen = try tmux.waitFor("exit=", timeout: Self.deadline)
        #expect(screen.contains("exit=0"), "\(screen)")
    }

    /// Arms "call any" (`3`) while an AI thinks and the human is still in the hand, then waits
    /// until the human's call or check is logged without a key: true when it was. A hand that
    /// ends before the human's turn is retried on the next one.
    static func playsAnAdvanceMove(_ tmux: TmuxSession) throws -> Bool {
        func ours(_ screen: String) -> Int {
            screen.components(separatedBy: "You call").count + screen.components(separatedBy: "You check").count - 2
        }
        for _ in 0..<6 {
            try tmux.waitFor("an AI thinking, the advance keys offered", timeout: deadline) { screen in
                if screen.contains("Hand over") { try? tmux.sendKeys("Space") }
                if screen.contains("Your turn") { try? tmux.sendKeys("c") }
                return screen.contains("is thinking") && screen.contains("3 call any")
            }
            try tmux.sendKeys("3")
            let armed = try tmux.waitFor("you: call any", timeout: deadline)
            let before = ours(armed)
            let after = try tmux.waitFor("the advance move, or the end of the hand", timeout: deadline) { screen in
                ours(screen) > before || screen.contains("Hand over") || screen.contains("Your turn")
            }
            if ours(after) > before { return true }
            if after.contains("Your turn") { return false }
        }
        return false
    }

    /// Defect 13: `q` at a table opened from the menu ended the program without a word.
    @Test func qAtATableStartedFromTheMenuReturnsToTheMenu() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-e2e")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("games.sqlite").path
        let tmux = try TmuxSession(command: Self.command("menu --db \(shellQuoted(db))", home: home), width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("P O K E R F A C E", timeout: Self.deadline)
        try tmux.sendKeys("n")
        try tmux.waitFor("Start the game", timeout: Self.deadline)
        try tmux.sendKeys("s")
        try tmux.waitFor("Hand 1", timeout: Self.deadline)
        try tmux.sendKeys("q")
        var screen = try tmux.waitFor("Game 1 is saved: r resumes it.", timeout: Self.deadline)
        #expect(screen.contains("P O K E R F A C E"))
        #expect(screen.contains("(1 unfinished)"), "\(screen)")
        try tmux.sendKeys("q")
        screen = try tmux.waitFor("exit=", timeout: Self.deadline)
        #expect(screen.contains("exit=0"), "\(screen)")
    }

    /// `play` from the shell: q quits and the shell is told how to resume.
    @Test func quittingATableFromTheShellSaysHowToResume() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-e2e")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("games.sqlite").path
        let tmux = try TmuxSession(command: Self.command("play --seed 3 --seats 3 --db \(shellQuoted(db))", home: home), width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("Hand 1", timeout: Self.deadline)
        try tmux.sendKeys("q")
        let screen = try tmux.waitFor("exit=", timeout: Self.deadline)
        #expect(screen.contains("Saved — resume with: pokerface resume 1"), "\(screen)")
        #expect(screen.contains("exit=0"))
    }
}
