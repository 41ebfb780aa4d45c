import Foundation
import PokerTestSupport
import Testing

/// The real terminal path for what the player does beyond playing a hand: replay from the
/// shell, a window made too small, a move chosen in advance, the all-in confirmation, and `q`
/// from a game started in the menu. Every wait is for something on the screen, with a generous
/// deadline (the machine may be busy); no step depends on how fast the program runs.
@Suite(.serialized) struct PlayerEndToEndTests {
    static let deadline = TmuxSession.deadline

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

    /// The log lines (in the bottom panel or the boxed one at the right) that start with `prefix`.
    static func logLines(_ screen: String, from prefix: String) -> [String] {
        screen.split(separator: "\n").flatMap { $0.split(separator: "\u{2502}") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix(prefix) }
    }

    /// Defect 2 and the all-in confirmation, at one table.
    @Test func tooSmallIgnoresKeysAndAllInAsksFirst() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-e2e")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("games.sqlite").path
        let tmux = try TmuxSession(command: Self.command("play --seed 7 --seats 4 --db \(shellQuoted(db))", home: home),
                                   width: 160, height: 50)
        defer { tmux.kill() }
        var screen = try tmux.waitFor("Your turn", timeout: Self.deadline)
        let hand = TableEndToEndTests.handNumber(screen)
        let movesBefore = Self.logLines(screen, from: "You ")

        // Too small: the keys of an all-in and a fold are counted as ignored, and nothing happens.
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("make the window larger (need 80×24, have 60×20)", timeout: Self.deadline)
        try tmux.sendKeys("a")
        try tmux.sendKeys("a")
        try tmux.sendKeys("f")
        try tmux.waitFor("3 keys ignored until it is larger", timeout: Self.deadline)
        try tmux.resize(width: 160, height: 50)
        screen = try tmux.waitFor("the table again", timeout: Self.deadline) { $0.contains("Your turn") }
        #expect(TableEndToEndTests.handNumber(screen) == hand)
        #expect(Self.logLines(screen, from: "You ") == movesBefore, "no move was made unseen:\n\(screen)")
        #expect(!screen.contains("Press a again"), "\(screen)")

        // All-in asks first; another key cancels; a second `a` goes all-in.
        try tmux.sendKeys("a")
        try tmux.waitFor("Press a again to confirm", timeout: Self.deadline)
        try tmux.sendKeys("Escape")
        screen = try tmux.waitFor("the question gone", timeout: Self.deadline) { !$0.contains("Press a again") && $0.contains("Your turn") }
        #expect(Self.logLines(screen, from: "You ") == movesBefore, "cancelling played nothing:\n\(screen)")
        try tmux.sendKeys("a")
        try tmux.waitFor("Press a again to confirm", timeout: Self.deadline)
        try tmux.sendKeys("a")
        try tmux.waitFor("the all-in in the log", timeout: Self.deadline) { screen in
            Self.logLines(screen, from: "You ").contains { $0.contains("(all-in)") || $0.contains("and are all-in") }
        }
        try tmux.sendKeys("q")
        screen = try tmux.waitFor("exit=", timeout: Self.deadline)
        #expect(screen.contains("exit=0"), "\(screen)")
    }

    /// A move chosen in advance plays itself. Six seats, seed 7: two AI seats act before the
    /// human in hand 1, each taking at least 3 s, so `3` (call any) is pressed while one thinks.
    /// The human makes no move by key, so the first "You call" or "You check" is the advance move.
    @Test func aMoveChosenInAdvancePlaysItself() throws {
        let home = try TestPaths.temporaryDirectory("pokerface-e2e")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("games.sqlite").path
        let tmux = try TmuxSession(command: Self.command("play --seed 7 --seats 6 --db \(shellQuoted(db))", home: home, aiDelayMs: 3_000),
                                   width: 160, height: 50)
        defer { tmux.kill() }
        try tmux.waitFor("an AI thinking, the advance keys offered", timeout: Self.deadline) { screen in
            screen.contains("is thinking") && screen.contains("3 call any")
        }
        try tmux.sendKeys("3")
        try tmux.waitFor("you: call any", timeout: Self.deadline)
        let screen = try tmux.waitFor("the advance move, or the human asked to act", timeout: Self.deadline) { screen in
            !Self.logLines(screen, from: "You call").isEmpty || !Self.logLines(screen, from: "You check").isEmpty
                || screen.contains("Your turn") || screen.contains("Hand over")
        }
        let played = Self.logLines(screen, from: "You call") + Self.logLines(screen, from: "You check")
        #expect(played.count == 1, "call any played by itself:\n\(screen)")
        try tmux.sendKeys("q")
        #expect(try tmux.waitFor("exit=", timeout: Self.deadline).contains("exit=0"))
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
        // The notice comes at once; the menu's count of unfinished games is reloaded in the background.
        var screen = try tmux.waitFor("the menu with the notice and the game counted", timeout: Self.deadline) { screen in
            screen.contains("Game 1 is saved: r resumes it.") && screen.contains("(1 unfinished)")
        }
        #expect(screen.contains("P O K E R F A C E"))
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
