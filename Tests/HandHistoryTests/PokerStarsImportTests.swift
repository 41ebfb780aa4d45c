import Foundation
import PokerTestSupport
import Testing
@testable import HandHistory
import PokerEngine

/// PokerStars histories composed for these tests (Tests/Fixtures/pokerstars), one feature each.
@Suite struct PokerStarsImportTests {
    static func fixture(_ name: String) throws -> (path: String, text: String) {
        let path = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/pokerstars/\(name)").path
        return (path, try String(contentsOfFile: path, encoding: .utf8))
    }

    static func imported(_ name: String) throws -> [ImportedHand] {
        let (path, text) = try fixture(name)
        return try PokerStarsImporter.read(text, source: path).map { try $0.get() }
    }

    @Test func aCashGameInCentsWithRakeASittingOutPlayerAndAnUncalledBet() throws {
        let hand = try #require(try Self.imported("features.txt").first)
        #expect(hand.handNumber == "250000000001")
        #expect(hand.unit == ChipUnit(decimals: 2))
        #expect(hand.currency == "USD")
        #expect(hand.tournament == nil && hand.level == nil)
        #expect(hand.names == ["Hero", "(Big) Al", "donk_e", "tiltmaster", "RiverRat"], "nitpicker sits out")
        #expect(hand.seatNumbers == [3, 5, 6, 1, 2])
        #expect(hand.hero == 0)
        #expect(hand.blinds == BlindLevel(smallBlind: 5, bigBlind: 10))
        #expect(hand.rake == 12)
        #expect(hand.hand.holeCards[0] == [Card(.ace, .hearts), Card(.queen, .diamonds)])
        #expect(hand.hand.config.hiddenHands == [1, 2, 3, 4])
        // The engine pays the whole pot (4.50); the site kept 0.12 of it.
        #expect(hand.hand.finishingStacks == [1_230, 990, 415, 780, 1_235])
        #expect(hand.hand.events.contains(.uncalledBetReturned(player: 0, amount: 280)))
        #expect(hand.startedAt == Date(timeIntervalSince1970: 1_714_586_400))
    }

    @Test func aTournamentHandWithAntesAllInsAndASidePot() throws {
        let hand = try #require(try Self.imported("features.txt").dropFirst().first)
        #expect(hand.tournament == "3300001")
        #expect(hand.level == 5)
        #expect(hand.names == ["Echo", "Foxtrot", "Alpha", "Bravo", "Hero", "Delta"], "Echo sits out but is dealt in")
        #expect(hand.hand.config.antes == Array(repeating: 25, count: 6))
        #expect(hand.hand.config.anteTrimming)
        let awards = hand.hand.events.compactMap { event -> (Int, Chips, [Int])? in
            if case let .potAwarded(pot, amount, _, winners, _, _) = event { (pot, amount, winners) } else { nil }
        }
        #expect(awards.map(\.0) == [0, 1])
        #expect(awards.map(\.1) == [2_125, 1_160])
        #expect(awards.map(\.2) == [[1], [4]], "Foxtrot's set takes the main pot, Hero's kings the side pot")
        #expect(hand.hand.config.hiddenHands == [0, 2, 5])
    }

    @Test func aBigBlindAnteAndAMuckedHandThatNeverShows() throws {
        let hand = try #require(try Self.imported("features.txt").dropFirst(2).first)
        #expect(!hand.hand.config.anteTrimming, "a big-blind ante is dead money")
        #expect(hand.hand.config.antes == [0, 100, 0, 0])
        let lima = try #require(hand.names.firstIndex(of: "Lima"))
        #expect(hand.hand.config.isHidden(lima))
        #expect(hand.hand.events.contains(.mucked(player: lima)))
        #expect(hand.hand.events.contains(.holeCardsDealt(player: lima, cards: [])), "a hidden hand is dealt face down")
        #expect(!hand.hand.events.contains { if case let .showed(p, _, _) = $0 { p == lima } else { false } })
        #expect(hand.hand.finishingStacks?[1] == Chips(7_150 - 2_450 + 5_050), "Kilo: stack - ante - bets + pot")
    }

    @Test func headsUpTheButtonPostsTheSmallBlindAndActsFirst() throws {
        let hand = try #require(try Self.imported("features.txt").last)
        #expect(hand.names == ["Hero", "Kilo"])
        #expect(hand.hand.config.blindsOrStraddles == [75, 150], "listed small blind first, as PHH does heads-up")
        #expect(hand.hand.finishingStacks == [18_000, 0])
        #expect(hand.hand.config.hiddenHands == nil, "both hands were shown")
    }

    @Test func aMultiHandFileImportsEveryHandAndItsLineNumbers() throws {
        let hands = try Self.imported("features.txt")
        #expect(hands.map(\.handNumber) == ["250000000001", "250000000002", "250000000003", "250000000004"])
        #expect(hands.map(\.firstLine) == [1, 40, 87, 128])
        #expect(hands.allSatisfy { $0.hand.isComplete })
    }

    @Test func everyHandConvertsToPHHThatReplaysToTheSameStacks() throws {
        let hands = try Self.imported("features.txt") + PokerStarsImporter.read(
            PokerStarsWriter.text(try PokerStarsWriterTests.tournamentHands(seeds: 1...6)), source: "ours.txt").map { try $0.get() }
        for hand in hands {
            let text = PHHWriter.text(hand.phh)
            let phh = try #require(try PHHReader.parse(text, source: "converted", many: false).first?.result.get())
            #expect(phh.unit == hand.unit)
            let outcome = PHHReplayer.replay(phh, source: "converted", splitRule: hand.hand.config.splitRule)
            #expect(outcome.status == .match, "\(outcome.error ?? "")\n\(text)")
            #expect(outcome.finishingStacks == hand.hand.finishingStacks)
        }
        let cash = PHHWriter.text(try #require(hands.first).phh)
        #expect(cash.contains("starting_stacks = [10, 10, 4.15, 10, 12.35]"))
        #expect(cash.contains("blinds_or_straddles = [0.05, 0.1, 0, 0, 0]"))
        #expect(cash.contains("\"d dh p1 AhQd\", \"d dh p2 ????\""))
        #expect(cash.contains("seats = [3, 5, 6, 1, 2]") && cash.contains("_button_seat = 2") && cash.contains("_rake = 0.12"))
    }
}
