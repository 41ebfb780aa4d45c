import Testing
@testable import HandHistory
import PokerEngine

/// Crafted broken histories: each bad hand gives one clear line naming the file, the hand and
/// the first line that disagrees; the good hands around them still import.
@Suite struct PokerStarsMalformedTests {
    @Test func eachBrokenHandIsReportedAndTheValidOnesStillImport() throws {
        let (path, text) = try PokerStarsImportTests.fixture("malformed.txt")
        let results = PokerStarsImporter.read(text, source: path)
        #expect(results.count == 7)
        let good = results.compactMap { try? $0.get() }.map(\.handNumber)
        #expect(good == ["260000000001", "260000000007"])
        var errors: [String: HandImportError] = [:]
        for case let .failure(error) in results { errors[error.hand ?? "?"] = error }
        let expected: [(hand: String, line: Int, text: String, says: String)] = [
            ("260000000002", 66, "Kilo: bets 1200", "cut short"),
            ("260000000003", 99, "Kilo collected 5000 from pot", "the engine pays 5050"),
            ("260000000004", 122, "Zulu: calls 200", "'Zulu' is not seated"),
            ("260000000005", 160, "Lima: raises 50 to 150", "illegal"),
            ("260000000006", 199, "Dealt to Hero [7c 2x]", "'2x' is not a card"),
        ]
        for want in expected {
            let error = try #require(errors[want.hand], "hand \(want.hand) should fail")
            #expect(error.line == want.line, "\(error)")
            #expect(error.text == want.text, "\(error)")
            let line = error.description
            #expect(!line.contains("\n"), "one line")
            #expect(line.hasPrefix("\(path): hand #\(want.hand), line \(want.line): "), "\(line)")
            #expect(line.contains(want.says), "\(line)")
        }
    }

    @Test(arguments: [
        ("PokerStars Hand #1:  Omaha Pot Limit ($0.05/$0.10 USD) - 2024/05/01 20:00:00 ET\nTable 'x' 6-max Seat #1 is the button\n",
         "not No-Limit Hold'em"),
        ("PokerStars Hand #2:  Hold'em No Limit ($0.05/$0.10 USD) - 2024/05/01 20:00:00 ET\nSeat 1: a ($1 in chips)\n", "second line"),
        ("PokerStars Hand #3:  Hold'em No Limit ($0.05/$0.10 USD) - 2024/05/01 20:00:00 ET\nTable 'x' 6-max Seat #1 is the button\nSeat 1: a ($1 in chips)\n",
         "fewer than two"),
        ("PokerStars Hand #4:  Hold'em No Limit ($0.05/$0.10 USD) - 2024/05/01 20:00:00 ET\nTable 'x' 6-max Seat #1 is the button\nSeat 1: a ($1 in chips)\nSeat 2: b ($1 in chips)\nb: posts small & big blinds $0.15\n",
         "small & big blinds"),
    ])
    func unsupportedOrBrokenHeadersAreClear(text: String, says: String) throws {
        let results = PokerStarsImporter.read(text, source: "x.txt")
        #expect(results.count == 1)
        guard case let .failure(error) = results.first else { Issue.record("accepted"); return }
        #expect(error.description.contains(says), "\(error)")
        #expect(error.description.hasPrefix("x.txt: hand #"))
    }

    @Test func textWithoutAnyHandImportsNothing() {
        #expect(PokerStarsImporter.read("hello\nworld\n", source: "x.txt").isEmpty)
    }
}
