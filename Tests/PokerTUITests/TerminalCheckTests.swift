import Testing
@testable import PokerTUI

@Suite struct TerminalCheckTests {
    static let state = TerminalCheck.State(term: "xterm-256color", processID: 4242)

    /// `LANG=C` is a choice (the ASCII screen); only a missing locale falls back to C.UTF-8.
    @Test func onlyAnUnsetLocaleFallsBackToUTF8() {
        #expect(TerminalCapabilities.wantsUTF8Fallback(environment: [:]))
        #expect(TerminalCapabilities.wantsUTF8Fallback(environment: ["LANG": "", "TERM": "xterm"]))
        #expect(!TerminalCapabilities.wantsUTF8Fallback(environment: ["LANG": "C"]))
        #expect(!TerminalCapabilities.wantsUTF8Fallback(environment: ["LC_ALL": "C"]))
        #expect(!TerminalCapabilities.wantsUTF8Fallback(environment: ["LC_CTYPE": "POSIX"]))
    }

    @Test func qQuitsQuestionMarkTogglesHelpOtherKeysAreEchoed() {
        var state = Self.state
        #expect(TerminalCheck.update(&state, .keyPressed(.character("x"))) == [])
        #expect(state.lastKey == .character("x"))
        #expect(TerminalCheck.update(&state, .keyPressed(.up)) == [])
        #expect(state.lastKey == .up && state.keysEchoed == 2)
        _ = TerminalCheck.update(&state, .keyPressed(.character("?")))
        #expect(state.showingHelp)
        _ = TerminalCheck.update(&state, .keyPressed(.character("z")))  // closes help, not echoed
        #expect(!state.showingHelp && state.lastKey == .up)
        _ = TerminalCheck.update(&state, .resized(TerminalSize(width: 90, height: 30)))
        #expect(state.resizes == 1)
        #expect(TerminalCheck.update(&state, .keyPressed(.character("q"))) == [.quit])
    }

    @Test func screenAt80x24() {
        var state = Self.state
        _ = TerminalCheck.update(&state, .keyPressed(.character("é")))
        let buffer = TerminalCheck.render(state, size: .minimum, capabilities: .full)
        assertSnapshot(buffer.textDump(), named: "terminal-check-80x24")
        assertSnapshot(buffer.styledDump(), named: "terminal-check-80x24.styles")
    }

    @Test func screenWithoutUnicodeOrColour() {
        let buffer = TerminalCheck.render(Self.state, size: .minimum, capabilities: .plain)
        assertSnapshot(buffer.textDump(), named: "terminal-check-80x24-ascii")
        #expect(!buffer.textDump().unicodeScalars.contains { $0.value > 0x7E })
    }

    @Test func screenWithHelpOpen() {
        var state = Self.state
        state.showingHelp = true
        let buffer = TerminalCheck.render(state, size: TerminalSize(width: 100, height: 30), capabilities: .full)
        assertSnapshot(buffer.textDump(), named: "terminal-check-100x30-help")
    }

    @Test func hostileTermValueIsSanitized() {
        let state = TerminalCheck.State(term: "xterm\u{1B}]0;pwned\u{7}", processID: 1)
        let dump = TerminalCheck.render(state, size: .minimum, capabilities: .full).textDump()
        #expect(dump.contains("TERM        xterm\n") || dump.contains("TERM        xterm "))
        #expect(!dump.contains("pwned"))
    }

    @Test(arguments: [TerminalSize(width: 60, height: 20), TerminalSize(width: 30, height: 8)])
    func tooSmallScreen(size: TerminalSize) {
        let buffer = renderTooSmall(size: size, capabilities: .full)
        assertSnapshot(buffer.textDump(), named: "too-small-\(size)")
    }

    @Test func tooSmallStyles() {
        let buffer = renderTooSmall(size: TerminalSize(width: 60, height: 20), capabilities: .plain)
        #expect(buffer.textDump().contains("make the window larger (need 80x24, have 60x20)"))
        #expect(buffer.styledDump().contains("WWWW"))
    }
}
