import Testing
@testable import HandHistory
import PokerEngine

/// Chips in the smallest unit: amounts with fractions scale the whole hand by the smallest power
/// of ten that makes every amount whole, are played in integers and written back as they were.
@Suite struct ChipUnitTests {
    @Test(arguments: [
        ("10112.5", 101_125, 1), ("1500", 1500, 0), ("0.25", 25, 2), ("1.50", 15, 1), ("1,000.05", 100_005, 2),
        ("1e3", 1000, 0), ("2.5E-1", 25, 2), ("-20", -20, 0), ("+7.10", 71, 1),
    ])
    func decimalAmountsAreReadExactly(text: String, significand: Int, decimals: Int) throws {
        let amount = try #require(DecimalAmount(text))
        #expect(amount.significand == significand)
        #expect(amount.decimals == decimals)
    }

    @Test(arguments: ["", "abc", "1.2.3", "inf", "1e99", "99999999999999999999", "1..", "."])
    func nonsenseIsNoAmount(text: String) {
        #expect(DecimalAmount(text) == nil)
    }

    @Test func theUnitFitsTheFinestAmountAndWritesAmountsBack() throws {
        let amounts = ["10112.5", "50", "0.25"].compactMap(DecimalAmount.init)
        let unit = ChipUnit.fitting(amounts)
        #expect(unit.decimals == 2)
        #expect(amounts.compactMap(unit.chips) == [1_011_250, 5_000, 25])
        #expect([1_011_250, 5_000, 25, 1].map { unit.text(Chips($0)) } == ["10112.5", "50", "0.25", "0.01"])
        #expect(ChipUnit.whole.chips(try #require(DecimalAmount("0.5"))) == nil, "a finer amount does not fit")
        #expect(ChipUnit.whole.text(1500) == "1500")
    }

    /// A pot of 837.5 split two ways: each winner gets 418.75 — whole in hundredths of a chip,
    /// impossible in whole chips.
    static let halfChipHand = """
        variant = 'NT'
        antes = [0, 0, 0]
        blinds_or_straddles = [50, 100, 0]
        min_bet = 100
        starting_stacks = [10000, 10000, 10000]
        actions = ['d dh p1 AsKs', 'd dh p2 AdKd', 'd dh p3 7c2h', 'p3 cbr 212.5', 'p1 cc', 'p2 cc', 'd db 2c3c4h', \
        'p1 cc', 'p2 cc', 'p3 cc', 'd db 9s', 'p1 cbr 100', 'p2 cc', 'p3 f', 'd db Jh', 'p1 cc', 'p2 cc', 'p1 sm AsKs', 'p2 sm AdKd']
        finishing_stacks = [10106.25, 10106.25, 9787.5]
        """

    @Test func aHandWithFractionsIsPlayedInItsSmallestUnitAndWrittenBackInTheOriginalOne() throws {
        let phh = try #require(try PHHReader.parse(Self.halfChipHand, source: "half.phh", many: false).first?.result.get())
        #expect(phh.unit == ChipUnit(decimals: 2))
        #expect(phh.startingStacks == [1_000_000, 1_000_000, 1_000_000])
        #expect(phh.actions.contains(.betOrRaise(player: 2, to: 21_250)))
        let outcome = PHHReplayer.replay(phh, source: "half.phh")
        #expect(outcome.status == .match, "\(outcome.error ?? "") \(outcome.finishingStacks ?? [])")
        #expect(outcome.finishingStacks == [1_010_625, 1_010_625, 978_750])
        let text = PHHWriter.text(phh)
        #expect(text.contains("starting_stacks = [10000, 10000, 10000]"))
        #expect(text.contains("finishing_stacks = [10106.25, 10106.25, 9787.5]"))
        #expect(text.contains("'p3 cbr 212.5'") || text.contains("\"p3 cbr 212.5\""))
        let again = try #require(try PHHReader.parse(text, source: "again.phh", many: false).first?.result.get())
        #expect(again == phh)
    }

    @Test func theOddChipOfASplitIsOneSmallestUnit() throws {
        // 837.5 split two ways in tenths: 8,375 units, 4,188 and 4,187 — the odd unit goes to the
        // first winner left of the button (p1), as WSOP Rule 73 gives the odd chip.
        let text = """
            variant = 'NT'
            antes = [0, 0, 0]
            blinds_or_straddles = [50, 100, 0]
            min_bet = 100
            starting_stacks = [1000, 1000, 1000]
            actions = ['d dh p1 AsKs', 'd dh p2 AdKd', 'd dh p3 7c2h', 'p3 cbr 212.5', 'p1 cc', 'p2 cc', 'd db 2c3c4h', \
            'p1 cc', 'p2 cc', 'p3 cc', 'd db 9s', 'p1 cbr 100', 'p2 cc', 'p3 f', 'd db Jh', 'p1 cc', 'p2 cc']
            """
        let phh = try #require(try PHHReader.parse(text, source: "odd.phh", many: false).first?.result.get())
        let outcome = PHHReplayer.replay(phh, source: "odd.phh", splitRule: .wsop)
        #expect(outcome.status == .computed)
        // Each put in 212.5 (2,125 units) and 100 more on the turn, where p3 folds.
        #expect(outcome.finishingStacks == [11_063, 11_062, 7_875])
        #expect(outcome.finishingStacks?.sum() == 30_000)
    }
}
