import Testing
@testable import PokerTUI

@Suite struct KeyDecoderTests {
    /// ncurses' KEY_* values (curses.h, octal), as `CursesTerminal` passes them.
    static let decoder = KeyDecoder(codes: KeyDecoder.KeyCodes(
        named: [0o403: .up, 0o402: .down, 0o404: .left, 0o405: .right, 0o406: .home, 0o550: .end,
                0o523: .pageUp, 0o522: .pageDown, 0o407: .backspace, 0o512: .delete, 0o513: .insert,
                0o527: .enter, 0o541: .backTab],
        resize: 0o632, functionBase: 0o410))

    @Test(arguments: [
        (0x71, Key.character("q")), (0x20, .character(" ")), (0xE9, .character("é")), (0x4E2D, .character("中")),
        (0x1F600, .character("😀")), (0x0A, .enter), (0x0D, .enter), (0x09, .tab), (0x1B, .escape),
        (0x7F, .backspace), (0x08, .backspace), (0x03, .control("c")), (0x01, .control("a")),
        (0x1A, .control("z")), (0x00, .unknown(0)), (0x1C, .unknown(0x1C)), (0x9B, .unknown(0x9B)),
    ] as [(UInt32, Key)])
    func characters(code: UInt32, key: Key) {
        #expect(Self.decoder.decode(.character(code)) == .key(key))
    }

    @Test(arguments: [
        (Int32(0o403), Key.up), (0o402, .down), (0o404, .left), (0o405, .right), (0o406, .home), (0o550, .end),
        (0o523, .pageUp), (0o522, .pageDown), (0o407, .backspace), (0o512, .delete), (0o527, .enter),
        (0o541, .backTab), (0o411, .function(1)), (0o414, .function(4)), (0o424, .function(12)), (0o777, .unknown(0o777)),
    ] as [(Int32, Key)])
    func keyCodes(code: Int32, key: Key) {
        #expect(Self.decoder.decode(.keyCode(code)) == .key(key))
    }

    @Test func resizeIsAnEventNotAKey() {
        #expect(Self.decoder.decode(.keyCode(0o632)) == .resize)
    }

    @Test func invalidScalarsAreUnknown() {
        #expect(KeyDecoder.decodeCharacter(0xD800) == .unknown(0xD800))
        #expect(KeyDecoder.decodeCharacter(0x110000) == .unknown(0x110000))
    }

    @Test(arguments: [
        (Key.character("q"), "q"), (.character(" "), "Space"), (.control("c"), "Ctrl-C"), (.up, "Up"),
        (.pageDown, "PgDn"), (.function(5), "F5"), (.escape, "Esc"), (.backTab, "Shift-Tab"),
    ] as [(Key, String)])
    func names(key: Key, name: String) {
        #expect(key.name == name)
    }
}
