import PokerEngine
import Glibc
import Testing
@testable import PokerTUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("A", 1), ("♠", 1), ("♥", 1), ("♦", 1), ("♣", 1), ("♥️", 1), ("─", 1), ("░", 1), ("é", 1),
        ("e\u{301}", 1), ("中", 2), ("한", 2), ("Ａ", 2), ("😀", 2), ("🃏", 2), ("👍🏽", 2),
        ("\u{200B}", 0), ("\u{301}", 0), ("\n", 0), ("\u{1B}", 0), ("\u{202E}", 0),
    ] as [(String, Int)])
    func widths(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func zwjSequencesKeepOnlyTheirFirstEmoji() {
        #expect(DisplayWidth.displayable("👨‍👩‍👧") == "👨")
        #expect(DisplayWidth.of(TextSanitizer.sanitize("👨‍👩‍👧")) == 6)  // the sanitizer splits it into three
    }

    @Test func unassignedAndPrivateUseBecomeReplacementCharacters() {
        #expect(DisplayWidth.displayable("\u{E000}") == "\u{FFFD}")
    }

    /// Oracle: glibc's `wcwidth` is what ncurses and tmux use to place characters, so our widths
    /// must agree with it for every assigned scalar it knows (Unicode ≤ 14 on Debian 12).
    @Test(.enabled(if: DisplayWidthTests.glibcOracle != nil, "needs the C.UTF-8 locale"))
    func agreesWithGlibcWcwidth() throws {
        let wcwidth = try #require(DisplayWidthTests.glibcOracle)
        var mismatches: [String] = []
        var checked = 0
        for value in UInt32(0x20)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age,
                  (age.major, age.minor) <= (14, 0),
                  let shown = DisplayWidth.displayable(Character(scalar)), shown.unicodeScalars.first == scalar
            else { continue }
            let reference = wcwidth(Int32(bitPattern: value))
            guard reference >= 0 else { continue }
            checked += 1
            if DisplayWidth.of(shown) != Int(reference) {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true)) ours \(DisplayWidth.of(shown)) glibc \(reference)")
            }
        }
        #expect(checked > 100_000)
        // U+1171E (an Ahom spacing mark glibc treats as zero width) is the single known difference.
        #expect(mismatches.count <= 4, "\(mismatches.prefix(20))")
    }

    /// glibc's `wcwidth` under C.UTF-8, looked up dynamically (Glibc's module does not export it).
    static let glibcOracle: (@convention(c) (Int32) -> Int32)? = {
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil, let symbol = dlsym(nil, "wcwidth")
        else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()
}
