import PokerTestSupport
import PokerEngine
import Testing
@testable import PokerAI

/// Event wiring: which pressure events a finished hand produces for each seat. Three-handed
/// hands: position 0 small blind, 1 big blind, 2 button (preflop order 2, 0, 1; then 0, 1, 2).
@Suite struct PressureDetectorTests {
    /// AA (position 0) all in against KK (position 1); a king on the flop.
    func coolerAllIn() throws -> Hand {
        var hand = try scriptedHand(stacks: [2000, 1000, 1000], blinds: [5, 10],
                                    hole: ["AsAh", "KdKc", "7c2d"], board: "Kh7d2s9hTc")
        try hand.play([(2, fold), (0, bet(2000)), (1, call)])
        return hand
    }

    @Test(arguments: [
        ([0: 0.82, 1: 0.18], true),    // ahead when the money went in: a bad beat
        ([0: 0.60, 1: 0.40], true),    // exactly the threshold
        ([0: 0.55, 1: 0.45], false),   // a coin flip lost is a plain loss
        ([:], false),                  // no equity supplied: never a bad beat
    ])
    func badBeatOnlyWhenTheLoserWasAheadWhenTheMoneyWentIn(equity: [Int: Double], badBeat: Bool) throws {
        let r = recap(try coolerAllIn(), equity: equity)
        let events = PressureDetector.events(recap: r, for: 0)
        #expect(kinds(events).contains(.lostAtShowdown))
        #expect(kinds(events).contains(.badBeat) == badBeat)
        #expect(kinds(events).contains(.bigLoss), "lost 100 BB")
        #expect(!kinds(events).contains(.eliminated))
        if badBeat { #expect(events.first { $0.kind == .badBeat }?.opponent == 1) }
        let winner = kinds(PressureDetector.events(recap: r, for: 1))
        #expect(winner == [.wonPot, .bigWin, .doubledUp])
        #expect(PressureDetector.events(recap: r, for: 2).isEmpty, "the button folded for free")
    }

    @Test(arguments: [
        ([0: 0.45, 1: 0.30, 2: 0.25], true),   // the favourite of a three-way all-in
        ([0: 0.35, 1: 0.40, 2: 0.25], false),  // not the favourite
    ])
    func multiwayFavouriteLosingIsABadBeat(equity: [Int: Double], badBeat: Bool) throws {
        var hand = try scriptedHand(stacks: [1000, 1000, 1000], blinds: [5, 10],
                                    hole: ["AsAh", "KdKc", "QsQh"], board: "Kh7d2s9hTc")
        try hand.play([(2, bet(1000)), (0, call), (1, call)])
        let events = kinds(PressureDetector.events(recap: recap(hand, equity: equity), for: 0))
        #expect(events.contains(.badBeat) == badBeat)
        #expect(events.contains(.eliminated))
    }

    @Test func aCheckedDownLossIsAPlainLoss() throws {
        var hand = try scriptedHand(stacks: [1000, 1000, 1000], blinds: [5, 10],
                                    hole: ["7c2d", "AhKh", "QdJd"], board: "As9d4sTc3h")
        try hand.play([(2, call), (0, call), (1, check), (0, check), (1, check), (2, check),
                       (0, check), (1, check), (2, check), (0, check), (1, check), (2, check)])
        for loser in [0, 2] {
            #expect(kinds(PressureDetector.events(recap: recap(hand), for: loser)) == [.lostAtShowdown])
        }
    }

    /// The button bets every street; the big blind calls and then folds on `foldStreet`.
    @Test(arguments: [(Street.turn, [PressureEvent.Kind]()), (.river, [.costlyFold, .bigLoss])])
    func aFoldLosesOnlyWhatTheFolderPutIn(foldStreet: Street, expected: [PressureEvent.Kind]) throws {
        var hand = try scriptedHand(stacks: [1000, 1000, 1000], blinds: [5, 10],
                                    hole: ["7c2d", "QhJh", "AsAd"], board: "Kh7s2c9d3h")
        try hand.play([(2, bet(30)), (0, fold), (1, call), (1, check), (2, bet(60)), (1, call), (1, check),
                       (2, bet(200))])
        if foldStreet == .turn {
            try hand.play([(1, fold)])
        } else {
            try hand.play([(1, call), (1, check), (2, bet(400)), (1, fold)])
        }
        let r = recap(hand)
        let bigBlind = try #require(r[seat: 1])
        #expect(bigBlind.netBigBlinds == (foldStreet == .turn ? -9 : -29), "lost what it put in, not the pot")
        #expect(r.potBigBlinds > -bigBlind.netBigBlinds, "the pot was bigger than the folder's loss")
        let events = PressureDetector.events(recap: r, for: 1)
        #expect(kinds(events) == Set(expected))
        for event in events { #expect(event.bigBlinds == -29) }
        #expect(PressureDetector.events(recap: r, for: 0).isEmpty, "the small blind folded 0.5 BB")
    }

    /// The button loses 600 chips at showdown; stacks of 5000.
    @Test(arguments: [(10, true), (100, false)])
    func bigLossIsMeasuredInBigBlinds(bigBlind: Int, bigLoss: Bool) throws {
        var hand = try scriptedHand(stacks: [5000, 5000, 5000], blinds: [bigBlind / 2, bigBlind],
                                    hole: ["7c2d", "AhAd", "KsKd"], board: "2c7h9dJs3c")
        try hand.play([(2, bet(300)), (0, fold), (1, call), (1, check), (2, bet(300)), (1, call),
                       (1, check), (2, check), (1, check), (2, check)])
        let r = recap(hand, context: tableContext(bigBlind: bigBlind))
        #expect(r[seat: 2]?.net == -600)
        let events = kinds(PressureDetector.events(recap: r, for: 2))
        #expect(events.contains(.lostAtShowdown))
        #expect(events.contains(.bigLoss) == bigLoss, "600 chips = \(600 / bigBlind) BB")
    }

    /// The button raises, bets the flop and the river with `button` cards; the big blind calls down with AK.
    @Test(arguments: [("7c2d", true), ("QdQc", false), ("Ad2d", false)])
    func bluffCalledOnlyForAWeakHandShowingDownTheWorst(button: String, bluffCalled: Bool) throws {
        var hand = try scriptedHand(stacks: [1000, 1000, 1000], blinds: [5, 10],
                                    hole: ["8c3c", "AhKh", button], board: "As9d4sTc3h")
        try hand.play([(2, bet(30)), (0, fold), (1, call), (1, check), (2, bet(40)), (1, call), (1, check),
                       (2, check), (1, check), (2, bet(100)), (1, call)])
        let r = recap(hand)
        let events = PressureDetector.events(recap: r, for: 2)
        #expect(kinds(events).contains(.lostAtShowdown))
        #expect(kinds(events).contains(.bluffCalled) == bluffCalled)
        #expect(!kinds(PressureDetector.events(recap: r, for: 1)).contains(.bluffCalled), "only the bluffer")
        #expect(PressureDetector.events(recap: r, for: 0).isEmpty, "not applied to the whole table")
    }

    /// The button bets into the big blind, who folds on `foldStreet`.
    @Test(arguments: [("7c2d", Street.turn, true), ("7c2d", .flop, false), ("QdQc", .turn, false),
                      ("Kd2d", .river, false)])
    func successfulBluffIsAnUncontestedWinAfterALateBetWithAWeakHand(button: String, foldStreet: Street,
                                                                     bluff: Bool) throws {
        var hand = try scriptedHand(stacks: [1000, 1000, 1000], blinds: [5, 10],
                                    hole: ["8c3c", "AhJh", button], board: "Qs9d4sTcKh")
        try hand.play([(2, bet(30)), (0, fold), (1, call), (1, check), (2, bet(40))])
        if foldStreet > .flop { try hand.play([(1, call), (1, check), (2, bet(120))]) }
        if foldStreet > .turn { try hand.play([(1, call), (1, check), (2, bet(300))]) }
        try hand.play([(1, fold)])
        let events = kinds(PressureDetector.events(recap: recap(hand), for: 2))
        #expect(events.contains(.wonPot))
        #expect(events.contains(.successfulBluff) == bluff)
    }

    @Test func eliminationNamesTheEliminatorAndSeatsAreMapped() throws {
        // Positions 0, 1, 2 sit in seats 2, 0, 1.
        let context = tableContext(handSeats: [2, 0, 1])
        var hand = try scriptedHand(stacks: [1000, 1000, 100], blinds: [5, 10],
                                    hole: ["7c2d", "AhAd", "KsQc"], board: "2s5d8h9cJs")
        try hand.play([(2, bet(100)), (0, fold), (1, call)])
        let r = recap(hand, context: context)
        #expect(r.eliminations == [HandRecap.Elimination(seat: 1, by: [0])])
        let busted = PressureDetector.events(recap: r, for: 1)
        #expect(kinds(busted) == [.lostAtShowdown, .eliminated, .bigLoss])
        #expect(busted.first { $0.kind == .eliminated }?.opponent == 0)
        let winner = PressureDetector.events(recap: r, for: 0)
        #expect(kinds(winner) == [.wonPot, .eliminatedOpponent])
        #expect(winner.first { $0.kind == .eliminatedOpponent }?.opponent == 1)
    }

    @Test func crippledAndDoubledUp() throws {
        var hand = try scriptedHand(stacks: [1000, 700, 1000], blinds: [5, 10],
                                    hole: ["7c2d", "AhAd", "KsKc"], board: "2s5d8h9cJs")
        try hand.play([(2, bet(1000)), (0, fold), (1, call)])
        let r = recap(hand)
        #expect(r[seat: 2]?.finishingStack == 300)
        let loser = kinds(PressureDetector.events(recap: r, for: 2))
        #expect(loser == [.lostAtShowdown, .bigLoss, .crippled])
        let winner = kinds(PressureDetector.events(recap: r, for: 1))
        #expect(winner == [.wonPot, .bigWin, .doubledUp])
    }

    @Test func aWalkIsNoEvent() throws {
        var hand = try scriptedHand(stacks: [1000, 1000, 1000], blinds: [5, 10], hole: ["7c2d", "AhAd", "KsKc"])
        try hand.play([(2, fold), (0, fold)])
        #expect(PressureDetector.events(recap: recap(hand), for: 1).isEmpty, "won half a big blind")
    }

    @Test(arguments: [
        ("7c2d", "As9d4s", true), ("Ad2d", "As9d4s", false), ("QdQc", "As9d4s", false),
        ("7c2d", "AsAd4s9c", true), ("6s5s", "As9s4sTc", false), ("Jc8h", "QsTd9c", false),
        ("2c3d", "AsKsQsJsTs", true), ("7h8h", "9h6h2c", true),
    ])
    func handStrength(hole: String, board: String, weak: Bool) throws {
        #expect(HandStrength.isWeak(hole: try Card.parseList(hole), board: try Card.parseList(board)) == weak)
    }
}
