import Testing
@testable import PokerTUI

@Suite struct TerminalErrorTests {
    @Test func aRealTerminalPasses() {
        #expect(TerminalError.preflight(stdinIsTerminal: true, stdoutIsTerminal: true, term: "xterm-256color") == nil)
    }

    @Test(arguments: [
        (false, true, "xterm", TerminalError.notATerminal(stdin: false, stdout: true)),
        (true, false, "xterm", .notATerminal(stdin: true, stdout: false)),
        (false, false, nil, .notATerminal(stdin: false, stdout: false)),
        (true, true, nil, .unusableTerm(nil)),
        (true, true, "", .unusableTerm("")),
        (true, true, "dumb", .unusableTerm("dumb")),
    ] as [(Bool, Bool, String?, TerminalError)])
    func refusals(stdin: Bool, stdout: Bool, term: String?, expected: TerminalError) {
        #expect(TerminalError.preflight(stdinIsTerminal: stdin, stdoutIsTerminal: stdout, term: term) == expected)
    }

    @Test func messagesAreOneClearSentence() {
        let errors: [TerminalError] = [
            .notATerminal(stdin: false, stdout: true), .notATerminal(stdin: false, stdout: false),
            .unusableTerm(nil), .unusableTerm(""), .unusableTerm("dumb"), .initializationFailed(term: "bogus"),
        ]
        for error in errors {
            let text = error.description
            #expect(text.hasPrefix("pokerface needs an interactive terminal"))
            #expect(text.contains("--headless"))
            #expect(text.hasSuffix("."))
            #expect(!text.contains("\n"))
        }
        #expect(TerminalError.notATerminal(stdin: false, stdout: true).description.contains("standard input is not a terminal"))
        #expect(TerminalError.unusableTerm(nil).description.contains("TERM is not set"))
    }
}
