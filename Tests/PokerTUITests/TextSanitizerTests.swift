import PokerEngine
import Testing
@testable import PokerTUI

@Suite struct TextSanitizerTests {
    /// Hostile strings an LLM answer, a personality file or a hand history could carry.
    @Test(arguments: [
        ("\u{1B}]0;pwned\u{07}I call.", "I call."),                  // OSC retitle, BEL-terminated
        ("\u{1B}]0;pwned\u{1B}\\I fold.", "I fold."),                // OSC, ST-terminated
        ("\u{1B}]8;;http://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),  // OSC 8 hyperlink
        ("\u{9D}0;pwned\u{9C}raise", "raise"),                       // 8-bit OSC … ST
        ("\u{1B}[2J\u{1B}[HAll in!", "All in!"),                     // clear screen, home
        ("\u{9B}31mred\u{9B}0m", "red"),                             // 8-bit CSI
        ("\u{1B}[?1049l\u{1B}[?25h", ""),                            // leave alt screen, show cursor
        ("\u{1B}P+q544e\u{1B}\\ok", "ok"),                           // DCS (XTGETTCAP)
        ("\u{1B}_apc\u{07}ok", "ok"),                                // APC
        ("\u{1B}Nxok", "ok"),                                        // SS2 + its character
        ("\u{8F}xok", "ok"),                                         // 8-bit SS3
        ("\u{1B}cok", "ok"),                                         // RIS full reset
        ("\u{1B}(Bok", "ok"),                                        // charset designation
        ("ok\u{1B}", "ok"),                                          // lone ESC at the end
        ("a\u{1B}\u{1B}[1mb", "ab"),                                 // ESC ESC [
        ("nice\r\nhand", "nice\nhand"),                              // CR dropped, LF kept
        ("tab\there", "tab here"),
        ("back\u{8}\u{8}\u{8}\u{8}space", "backspace"),
        ("bell\u{7}", "bell"),
        ("nul\u{0}", "nul"),
        ("del\u{7F}", "del"),
        ("c1\u{85}\u{80}\u{9F}", "c1"),
        ("\u{202E}dlof\u{202C}", "dlof"),                            // right-to-left override
        ("\u{2066}x\u{2069}\u{200F}", "x"),                          // isolates, RLM
        ("zero\u{200B}width\u{2060}\u{FEFF}", "zerowidth"),
        ("hidden\u{E0041}\u{E0042}tags", "hiddentags"),              // invisible tag characters
        ("line\u{2028}sep", "line\nsep"),
        ("Nice hand 👍 ♠♥♦♣ 中文 é", "Nice hand 👍 ♠♥♦♣ 中文 é"),    // printable Unicode is kept
        ("\u{1B}[38;5;196m\u{1B}[48;2;0;0;0mcolour", "colour"),
        ("\u{1B}[1;31", ""),                                         // unterminated CSI
    ] as [(String, String)])
    func hostileText(input: String, expected: String) {
        #expect(TextSanitizer.sanitize(input) == expected)
    }

    @Test func sanitizedTextNeverReachesTheScreenAsAControl() {
        let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\r\n\u{202E}gg"
        var buffer = ScreenBuffer(width: 20, height: 1)
        buffer.write(TextSanitizer.sanitizeLine(hostile), at: (0, 0))
        #expect(buffer.textDump() == " gg")
        for cell in buffer.cells {
            #expect(cell.character.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) })
        }
    }

    @Test func sanitizeLineCollapsesWhitespace() {
        #expect(TextSanitizer.sanitizeLine("I  raise\n\nto\t 300") == "I raise to 300")
    }

    @Test func zeroWidthJoinersAreRemovedSoEmojiStaySeparate() {
        #expect(TextSanitizer.sanitize("👨‍👩‍👧") == "👨👩👧")
    }
}

@Suite struct TextWrapTests {
    @Test func wrapsOnWordsWithinTheWidth() {
        let lines = TextSanitizer.wrap("You have been playing too many hands, my friend.", width: 16)
        #expect(lines == ["You have been", "playing too many", "hands, my", "friend."])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 16 })
    }

    @Test func keepsNewlinesAndEmptyLines() {
        #expect(TextSanitizer.wrap("one\n\ntwo", width: 10) == ["one", "", "two"])
    }

    @Test func breaksWordsLongerThanTheWidth() {
        #expect(TextSanitizer.wrap("aaaaaaaaaa bb", width: 4) == ["aaaa", "aaaa", "aa", "bb"])
    }

    @Test func measuresWideCharactersAsTwoColumns() {
        #expect(TextSanitizer.wrap("中文中文 ok", width: 5) == ["中文", "中文", "ok"])
        #expect(TextSanitizer.wrap("😀😀😀", width: 4) == ["😀😀", "😀"])
    }

    @Test func degenerateWidths() {
        #expect(TextSanitizer.wrap("abc", width: 0) == [])
        #expect(TextSanitizer.wrap("", width: 5) == [""])
    }
}
