import PokerEngine
import Testing
@testable import PokerTUI

@Suite struct RaiseEntryTests {
    /// The small blind facing a raise to 60 (90 in the middle, 50 to call, 990 behind).
    static func legal() throws -> LegalActions {
        var generator = SeededGenerator(seed: 9)
        var hand = try Hand.start(HandConfig.standard(stacks: [1_000, 1_000, 1_000], smallBlind: 10, bigBlind: 20),
                                  deck: Deck.shuffled(using: &generator))
        try hand.apply(.betOrRaise(to: 60), by: 2)
        return try #require(hand.legalActions)
    }

    @Test func typedAmountsAreCheckedAgainstTheBounds() throws {
        let legal = try Self.legal()
        #expect(legal.minRaiseTo == Chips(100))
        #expect(RaiseEntry.validate("250", legal: legal) == .success(Chips(250)))
        #expect(RaiseEntry.validate("1,000", legal: legal) == .success(Chips(1_000)))
        #expect(RaiseEntry.validate("50", legal: legal) == .failure(.belowMinimum(verb: "Raise to", amount: 50, minimum: 100)))
        #expect(RaiseEntry.validate("1001", legal: legal) == .failure(.aboveMaximum(verb: "Raise to", amount: 1_001, maximum: 1_000)))
        #expect(RaiseEntry.validate("", legal: legal) == .failure(.empty(minimum: 100, maximum: 1_000)))
        #expect(RaiseEntry.validate("12a", legal: legal) == .failure(.notANumber("12a")))
        #expect(RaiseProblem.belowMinimum(verb: "Raise to", amount: 50, minimum: 100).description
                == "Raise to 50 is below the minimum 100.")
    }

    /// Sizes as players type them: big blinds, times the bet, a share of the pot after calling.
    @Test func sizesInBigBlindsTimesTheBetAndPotShares() throws {
        let legal = try Self.legal()  // facing 60 with 10 in; pot 90; 50 to call; min 100, max 1,000
        let bb = Chips(20)
        #expect(RaiseEntry.validate("5bb", legal: legal, bigBlind: bb) == .success(Chips(100)))
        #expect(RaiseEntry.validate("12.5BB", legal: legal, bigBlind: bb) == .success(Chips(250)))
        #expect(RaiseEntry.validate("2.5x", legal: legal, bigBlind: bb) == .success(Chips(150)))
        #expect(RaiseEntry.validate("75%", legal: legal, bigBlind: bb) == .success(Chips(60 + 105)), "60 + ¾ of (90 + 50)")
        #expect(RaiseEntry.validate("75%", legal: legal, bigBlind: bb) == .success(try #require(legal.raiseTo(potFraction: 0.75))))
        #expect(RaiseEntry.validate("3bb", legal: legal, bigBlind: bb) == .failure(.belowMinimum(verb: "Raise to", amount: 60, minimum: 100)))
        #expect(RaiseEntry.validate("900%", legal: legal, bigBlind: bb)
                == .failure(.aboveMaximum(verb: "Raise to", amount: Chips(60 + 1_260), maximum: 1_000)))
        #expect(RaiseEntry.validate("2..5x", legal: legal, bigBlind: bb) == .failure(.notANumber("2..5x")))
        #expect(RaiseEntry.validate("bb", legal: legal, bigBlind: bb) == .failure(.notANumber("bb")))
    }

    @Test func nudgesMoveByABigBlindInsideTheBounds() throws {
        let legal = try Self.legal()
        #expect(RaiseEntry.nudge("100", legal: legal, bigBlind: 20, steps: 1) == Chips(120))
        #expect(RaiseEntry.nudge("100", legal: legal, bigBlind: 20, steps: -1) == Chips(100), "never below the minimum")
        #expect(RaiseEntry.nudge("990", legal: legal, bigBlind: 20, steps: 1) == Chips(1_000), "never above all-in")
        #expect(RaiseEntry.nudge("5bb", legal: legal, bigBlind: 20, steps: 2) == Chips(140))
        #expect(RaiseEntry.nudge("", legal: legal, bigBlind: 20, steps: 1) == Chips(120), "from the minimum")
    }

    @Test func theRaiseBoxTakesSizesAndArrows() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 6, seed: 1)))  // facing a raise to 50
        await driver.begin()
        await driver.press(.character("r"), .up, .up)
        #expect(driver.state.entry == .raise(text: "120", typed: false), "80 + two big blinds")
        await driver.press(.character("-"))
        #expect(driver.state.entry == .raise(text: "100", typed: false))
        await driver.type("3x")
        #expect(driver.screen().contains("Raise to: 3x▏ = 150"), "\(driver.screen())")
        driver.assertSnapshots("table-raise-sizes")
        await driver.press(.enter)
        #expect(TableKeyTests.humanLines(driver.state).contains("You raise to 150"))
    }

    @Test func presetsAreLegalAndInOrder() throws {
        let legal = try Self.legal()
        let presets = RaiseEntry.presets(legal)
        #expect(presets.map(\.key) == ["m", "h", "t", "p", "a"])
        #expect(presets.map(\.amount) == [Chips(100), Chips(130), Chips(165), Chips(200), Chips(1_000)])
        for preset in presets { #expect(RaiseEntry.validate(String(preset.amount.rawValue), legal: legal) == .success(preset.amount)) }
    }
}

@Suite struct TextTests {
    @Test func formats() {
        #expect(Format.chips(Chips(1_234_567)) == "1,234,567")
        #expect(Format.chips(Chips(-250)) == "-250")
        #expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(Format.ordinal) == ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"])
        #expect(Format.seconds(.milliseconds(1_460)) == "1.4s")
        #expect(Format.percent(0.314) == "31%")
        #expect(Format.percent(nil, unicode: false) == "-")
    }

    @Test func spansWrapAtSpacesAndKeepCardsWhole() {
        let spans: [Span] = [.plain("Ada shows "), .card(Card(.ace, .spades)), .card(Card(.king, .hearts)), .plain(": Pair of Kings")]
        let lines = SpanWrap.wrap(spans, width: 16, indent: 2, capabilities: .full)
        var buffer = ScreenBuffer(width: 16, height: lines.count)
        for (y, line) in lines.enumerated() { buffer.write(spans: line, at: (0, y), capabilities: .full) }
        #expect(buffer.textDump() == "Ada shows\n  [A♠][K♥]: Pair\n  of Kings")
    }

    @Test func asciiFramesHoldOnlyASCII() {
        var buffer = ScreenBuffer(width: 20, height: 1)
        buffer.write("Brûlé · 中 …", at: (0, 0))
        let ascii = buffer.asciiOnly()
        #expect(ascii.textDump() == "Brule - ?  .")
        #expect(ASCIIFallback.transliterate("½ pot · “hi” …") == "1/2 pot - \"hi\" ...")
    }
}
