import Testing
import PokerEngine
@testable import PokerTUI

@Suite struct PaletteTests {
    @Test func noColorAnyNonEmptyValueTurnsColoursOff() {
        let base = ["TERM": "xterm-256color"]
        #expect(TerminalCapabilities.detect(environment: base, codesetIsUTF8: true, terminalHasColors: true).colors)
        #expect(TerminalCapabilities.detect(environment: base.merging(["NO_COLOR": ""]) { $1 }, codesetIsUTF8: true, terminalHasColors: true).colors)
        #expect(!TerminalCapabilities.detect(environment: base.merging(["NO_COLOR": "1"]) { $1 }, codesetIsUTF8: true, terminalHasColors: true).colors)
        #expect(!TerminalCapabilities.detect(environment: base.merging(["NO_COLOR": "no"]) { $1 }, codesetIsUTF8: true, terminalHasColors: true).colors)
        #expect(!TerminalCapabilities.detect(environment: base, codesetIsUTF8: true, terminalHasColors: false).colors)
    }

    @Test func localeDecidesUnicode() {
        #expect(!TerminalCapabilities.detect(environment: [:], codesetIsUTF8: false, terminalHasColors: true).unicode)
        #expect(TerminalCapabilities.detect(environment: [:], codesetIsUTF8: true, terminalHasColors: true).unicode)
    }

    @Test func withoutColourOnlyAttributesRemain() {
        let palette = Palette(capabilities: TerminalCapabilities(unicode: true, colors: false))
        for style in Style.allCases {
            #expect(!palette.appearance(of: style).hasColor, "\(style)")
        }
        #expect(palette.appearance(of: .heartsDiamonds).bold)
        #expect(palette.appearance(of: .selection).reverse)
        #expect(palette.appearance(of: .actor).underline)
    }

    @Test func redSuitsAreRedAndBlackSuitsAreNot() {
        let palette = Palette(capabilities: .full)
        #expect(palette.appearance(of: .heartsDiamonds).foreground == .red)
        #expect(palette.appearance(of: .spadesClubs).foreground != .red)
    }

    @Test func everyStyleHasItsOwnDumpLetter() {
        let letters = Style.allCases.map(\.letter)
        #expect(Set(letters).count == letters.count)
        #expect(Style.normal.letter == ".")
    }

    @Test func suitsFollowTheCapabilities() {
        var unicode = ScreenBuffer(width: 10, height: 1)
        unicode.writeCard(.init(.king, .hearts), at: (0, 0), capabilities: .full)
        var ascii = ScreenBuffer(width: 10, height: 1)
        ascii.writeCard(.init(.king, .hearts), at: (0, 0), capabilities: .plain)
        #expect(unicode.textDump() == "[K♥]")
        #expect(ascii.textDump() == "[Kh]")
        #expect(ascii.styledDump() == "rrrr")
    }
}
