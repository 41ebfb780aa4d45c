import Testing
@testable import PokerTUI

@Suite struct ScreenBufferTests {
    @Test func writeClipsAtTheRightEdgeAndReportsTheUnclippedEnd() {
        var buffer = ScreenBuffer(width: 5, height: 2)
        let end = buffer.write("abcdefg", at: (2, 0))
        #expect(end == 9)
        #expect(buffer.textDump() == "  abc\n")
    }

    @Test func writeClipsAtTheLeftEdgeAndOffScreenRows() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        buffer.write("abcdef", at: (-2, 1))
        buffer.write("never", at: (0, 2))
        buffer.write("never", at: (0, -1))
        #expect(buffer.textDump() == "\ncdef")
    }

    @Test func wideCharactersTakeTwoColumns() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        let end = buffer.write("中文x", at: (0, 0))
        #expect(end == 5)
        #expect(buffer[0, 0].character == "中")
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[2, 0].character == "文")
        #expect(buffer[4, 0].character == "x")
        #expect(buffer.textDump() == "中文x")
    }

    @Test func aWideCharacterCutByAnEdgeLeavesABlank() {
        var right = ScreenBuffer(width: 3, height: 1)
        right.write("ab中", at: (0, 0))
        #expect(right.textDump() == "ab")
        #expect(!right[2, 0].isContinuation)

        var left = ScreenBuffer(width: 3, height: 1)
        left.write("中ab", at: (-1, 0))
        #expect(left.textDump() == " ab")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write("中", at: (0, 0))
        buffer.write("x", at: (1, 0))
        #expect(buffer.textDump() == " x")
        #expect(!buffer[1, 0].isContinuation)

        buffer.write("文", at: (2, 0))
        buffer.write("y", at: (2, 0))
        #expect(buffer.textDump() == " xy")
        #expect(!buffer[3, 0].isContinuation)
    }

    @Test func suitsAreOneColumnAndVariationSelectorsAreDropped() {
        var buffer = ScreenBuffer(width: 12, height: 1)
        let end = buffer.write("[A♠][K♥️]", at: (0, 0))
        #expect(end == 8)
        #expect(buffer.textDump() == "[A♠][K♥]")
    }

    @Test func controlCharactersAreNeverStored() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.write("a\nb\u{7}c\u{1B}d\u{202E}e", at: (0, 0))
        #expect(buffer.textDump() == "abcde")
    }

    @Test func styledDumpShowsOneLetterPerColumn() {
        var buffer = ScreenBuffer(width: 12, height: 2)
        buffer.write("[K♥]", at: (0, 0), style: .heartsDiamonds)
        buffer.write("[A♠]", at: (5, 0), style: .spadesClubs)
        buffer.write("中", at: (1, 1), style: .actor)
        #expect(buffer.textDump() == "[K♥] [A♠]\n 中")
        #expect(buffer.styledDump() == "rrrr.kkkk\n.AA")
    }

    @Test func boxesInUnicodeAndAscii() {
        var unicode = ScreenBuffer(width: 12, height: 3)
        unicode.drawBox(unicode.bounds, glyphs: .light, title: "Pot")
        var ascii = ScreenBuffer(width: 12, height: 3)
        ascii.drawBox(ascii.bounds, glyphs: .forTerminal(.plain), title: "Pot")
        #expect(unicode.textDump() == "┌─ Pot ────┐\n│          │\n└──────────┘")
        #expect(ascii.textDump() == "+- Pot ----+\n|          |\n+----------+")
        #expect(unicode.styledDump() == "ooTTTTTooooo\no..........o\noooooooooooo")
    }

    @Test func fillCenterAndRestyle() {
        var buffer = ScreenBuffer(width: 9, height: 3)
        buffer.fill(Rect(x: 1, y: 0, width: 3, height: 2), with: "#", style: .dim)
        let x = buffer.writeCentered("hi", y: 2, style: .title)
        buffer.restyle(Rect(x: 0, y: 0, width: 2, height: 1), to: .selection)
        #expect(x == 3)
        #expect(buffer.textDump() == " ###\n ###\n   hi")
        #expect(buffer.styledDump() == "ssdd\n.ddd\n...TT")
    }

    @Test func pasteKeepsWideCharactersWhole() {
        var small = ScreenBuffer(width: 4, height: 1)
        small.write("中ab", at: (0, 0), style: .talk)
        var big = ScreenBuffer(width: 6, height: 2)
        big.paste(small, at: (1, 1))
        big.paste(small, at: (5, 0))
        #expect(big.textDump() == "\n 中ab")
        #expect(big.styledDump() == ".....t\n.tttt")  // the clipped 中 leaves a styled blank
    }

    @Test func truncateUsesDisplayWidth() {
        #expect(DisplayWidth.truncate("Phil Ivey", toWidth: 6) == "Phil …")
        #expect(DisplayWidth.truncate("中文中文", toWidth: 5) == "中文…")
        #expect(DisplayWidth.truncate("short", toWidth: 10) == "short")
        #expect(DisplayWidth.truncate("abc", toWidth: 0) == "")
    }
}
