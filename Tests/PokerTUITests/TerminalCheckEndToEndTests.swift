import Foundation
import Testing

/// The real terminal path: `pokerface terminal-check` inside tmux, driven by keys, checked by
/// screen captures. Each test has its own tmux server (see ``TmuxSession``).
@Suite(.serialized) struct TerminalCheckEndToEndTests {
    static let pokerface = productPath("pokerface")

    /// Runs terminal-check, then reports how it exited and the tty modes the shell got back.
    static func checkCommand(environment: String = "LANG=C.UTF-8", arguments: String = "") -> String {
        "env -u NO_COLOR \(environment) SWIFT_BACKTRACE=enable=no \(shellQuoted(pokerface)) terminal-check \(arguments); "
            + "echo \"exit=$?\"; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo|icrnl)$' | tr '\\n' ' '; echo; echo shell-resumed; sleep 30"
    }

    /// The value shown after `label` on the check screen.
    static func field(_ label: String, in screen: String) -> String? {
        for line in screen.split(separator: "\n") {
            let text = line.trimmingCharacters(in: CharacterSet(charactersIn: "│| "))
            if text.hasPrefix(label + " ") {
                return String(text.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// The SGR parameters written just before `token` in a `capture-pane -e` screen.
    static func sgrCodes(before token: String, in screen: String) -> [String] {
        guard let range = screen.range(of: token) else { return [] }
        var prefix = Substring(screen[..<range.lowerBound])
        var codes: [String] = []
        while prefix.hasSuffix("m"), let start = prefix.range(of: "\u{1B}[", options: .backwards) {
            let parameters = prefix[start.upperBound..<prefix.index(before: prefix.endIndex)]
            guard parameters.allSatisfy({ $0.isNumber || $0 == ";" }) else { break }
            codes += parameters.split(separator: ";").map(String.init)
            prefix = prefix[..<start.lowerBound]
        }
        return codes
    }

    @Test func drawsSuitsEchoesKeysFollowsResizesAndRestoresTheTerminalOnQ() throws {
        let tmux = try TmuxSession(command: Self.checkCommand(), width: 100, height: 30)
        defer { tmux.kill() }

        var screen = try tmux.waitFor("[A♠] [K♥] [Q♦] [J♣]")
        #expect(screen.contains("100×30"))
        #expect(Self.field("last key", in: screen) == "(none yet: press a key)")

        let colours = try tmux.capture(escapes: true)
        #expect(Self.sgrCodes(before: "[K♥]", in: colours).contains("31"), "hearts are not red:\n\(colours)")
        #expect(Self.sgrCodes(before: "[Q♦]", in: colours).contains("31"))
        #expect(!Self.sgrCodes(before: "[A♠]", in: colours).contains("31"))

        for (keys, literal, name) in [("x", false, "x"), ("Up", false, "Up"), ("é", true, "é"), ("F5", false, "F5"),
                                      ("C-a", false, "Ctrl-A"), ("Escape", false, "Esc"), ("Enter", false, "Enter")] {
            if literal { try tmux.type(keys) } else { try tmux.sendKeys(keys) }
            try tmux.waitFor("last key \(name)") { Self.field("last key", in: $0) == name }
        }

        try tmux.sendKeys("?")
        try tmux.waitFor("help overlay") { $0.contains("show or hide this help") }
        try tmux.sendKeys("Space")
        try tmux.waitFor("help closed") { !$0.contains("show or hide this help") }

        try tmux.resize(width: 80, height: 24)
        screen = try tmux.waitFor("80×24  (minimum")
        #expect(screen.split(separator: "\n").first?.hasSuffix("╮") == true)
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("make the window larger (need 80×24, have 60×20)")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor("100×30  (minimum")

        try tmux.sendKeys("q")
        screen = try tmux.waitFor("shell-resumed")
        #expect(screen.contains("exit=0"))
        #expect(screen.contains("icrnl icanon echo"), "tty modes not restored:\n\(screen)")
        #expect(try tmux.display("#{alternate_on}") == "0")
    }

    @Test func noColorKeepsAttributesButDropsColours() throws {
        let tmux = try TmuxSession(command: Self.checkCommand(environment: "LANG=C.UTF-8 NO_COLOR=1"), width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("attributes only")
        let colours = try tmux.capture(escapes: true)
        let hearts = Self.sgrCodes(before: "[K♥]", in: colours)
        #expect(!hearts.contains("31") && hearts.contains("1"), "\(hearts)")
    }

    @Test func aCLocaleGetsTheASCIIScreen() throws {
        let tmux = try TmuxSession(command: Self.checkCommand(environment: "LANG=C LC_ALL=C"), width: 100, height: 30)
        defer { tmux.kill() }
        let screen = try tmux.waitFor("[As] [Kh] [Qd] [Jc]")
        #expect(screen.contains("no: ASCII suits and borders"), "\(screen)")
        #expect(!screen.contains("♠") && !screen.contains("╭"), "\(screen)")
    }

    @Test func noLocaleAtAllStillGetsUnicodeSuitsThroughTheUTF8Fallback() throws {
        let tmux = try TmuxSession(command: Self.checkCommand(environment: "-u LANG -u LC_ALL -u LC_CTYPE"), width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor("[A♠] [K♥] [Q♦] [J♣]")
    }

    /// Crash and termination signals: the handler restores the terminal, then the signal kills
    /// the process as it would have (exit status 128 + signal in the shell).
    @Test(arguments: [("TERM", 15), ("INT", 2), ("HUP", 1), ("SEGV", 11), ("ABRT", 6), ("BUS", 7)])
    func signalsRestoreTheTerminal(signal: String, number: Int) throws {
        let tmux = try TmuxSession(command: Self.checkCommand(), width: 100, height: 30)
        defer { tmux.kill() }
        let screen = try tmux.waitFor("[A♠]")
        let pid = try #require(Self.field("process", in: screen).flatMap { Int32($0) })
        try shell("kill -\(signal) \(pid)")
        let after = try tmux.waitFor("shell-resumed")
        #expect(after.contains("exit=\(128 + number)"), "\(after)")
        #expect(after.contains("icrnl icanon echo"), "tty modes not restored:\n\(after)")
        #expect(try tmux.display("#{alternate_on}") == "0")
    }

    @Test(arguments: [("env -u TERM", "TERM is not set"), ("TERM=", "TERM is empty"),
                      ("TERM=dumb", "TERM=dumb cannot move the cursor"), ("TERM=no-such-terminal", "ncurses does not know TERM=no-such-terminal")])
    func unusableTermExitsWithCode2AndOneSentence(setting: String, message: String) throws {
        let command = "\(setting) \(shellQuoted(Self.pokerface)) terminal-check; echo \"exit=$?\"; sleep 30"
        let tmux = try TmuxSession(command: command, width: 160, height: 10)
        defer { tmux.kill() }
        let screen = try tmux.waitFor("exit=2")
        #expect(screen.contains("pokerface needs an interactive terminal, but \(message)"), "\(screen)")
    }

    @Test func withoutATerminalItExitsWithCode2AndOneSentence() throws {
        let result = try shell("\(shellQuoted(Self.pokerface)) terminal-check < /dev/null")
        #expect(result.status == 2)
        #expect(result.output == "pokerface needs an interactive terminal (standard input and standard output are not terminals); "
            + "use --headless for scripted or CI runs.\n")
    }
}
