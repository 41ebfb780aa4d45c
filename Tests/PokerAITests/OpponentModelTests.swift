import PokerTestSupport
import PokerEngine
import Testing
@testable import PokerAI

/// HUD statistics from scripted hands (position 0 small blind, 1 big blind, 2 button; seats = positions).
@Suite struct OpponentModelTests {
    /// Button opens, small blind 3-bets, big blind folds, button calls; the small blind c-bets
    /// and the button folds.
    func threeBetAndCbet() throws -> Hand {
        var hand = try scriptedHand(stacks: [1000, 1000, 1000], blinds: [5, 10],
                                    hole: ["AsKs", "7c2d", "QhJh"], board: "Ad8c3h5s9d")
        try hand.play([(2, bet(30)), (0, bet(100)), (1, fold), (2, call), (0, bet(150)), (2, fold)])
        return hand
    }

    /// Button limps, small blind completes, big blind checks its option; the big blind bets the
    /// flop, the button raises, the small blind folds, the big blind calls; the button bets the
    /// turn and is called; checked river; the button's aces win.
    func limpedPotToShowdown() throws -> Hand {
        var hand = try scriptedHand(stacks: [1000, 1000, 1000], blinds: [5, 10],
                                    hole: ["7c2d", "KhKd", "AsAd"], board: "2h5s9cJdQh")
        try hand.play([(2, call), (0, call), (1, check), (0, check), (1, bet(20)), (2, bet(60)), (0, fold),
                       (1, call), (1, check), (2, bet(100)), (1, call), (1, check), (2, check)])
        return hand
    }

    @Test func recapFlagsOfAThreeBetPotWithAContinuationBet() throws {
        let r = recap(try threeBetAndCbet(), context: tableContext(handNumber: 7))
        #expect(r.handNumber == 7)
        #expect(r.preflopAggressor == 0)
        let sb = try #require(r[seat: 0]), bb = try #require(r[seat: 1]), btn = try #require(r[seat: 2])
        #expect(sb.vpip && sb.pfr && sb.threeBetOpportunity && sb.threeBet)
        #expect(sb.cbetOpportunity && sb.cbetMade)
        #expect(sb.wonUncontested && !sb.wonAtShowdown)
        #expect(sb.net == 110)
        #expect(!bb.vpip && !bb.pfr && !bb.threeBetOpportunity, "faced two raises: a 4-bet spot, not a 3-bet one")
        #expect(bb.foldedOn == .preflop && !bb.sawFlop)
        #expect(btn.vpip && btn.pfr && !btn.threeBetOpportunity)
        #expect(btn.facedCbet && btn.foldedToCbet)
        #expect(btn.sawFlop && !btn.wentToShowdown)
        #expect(btn.postflopFolds == 1)
        #expect(btn.outcome == .folded(.flop))
        #expect(btn.netBigBlinds == -10)
    }

    @Test func recapFlagsOfALimpedPot() throws {
        let r = recap(try limpedPotToShowdown())
        let sb = try #require(r[seat: 0]), bb = try #require(r[seat: 1]), btn = try #require(r[seat: 2])
        #expect(sb.vpip && !sb.pfr)
        #expect(!bb.vpip, "checking the big blind option is not voluntary")
        #expect(btn.vpip && !btn.pfr)
        #expect(r.preflopAggressor == nil)
        #expect(!btn.cbetOpportunity && !bb.facedCbet, "no preflop raiser, no c-bet")
        #expect(btn.postflopBetsRaises == 2 && btn.postflopCalls == 0 && btn.postflopChecks == 1)
        #expect(bb.postflopBetsRaises == 1 && bb.postflopCalls == 2 && bb.postflopChecks == 2)
        #expect(btn.wentToShowdown && btn.wonAtShowdown && btn.shownCards != nil)
        #expect(bb.wentToShowdown && !bb.wonAtShowdown, "first to show on a checked river, and beaten")
        #expect(bb.shownCards == (try Card.parseList("KhKd")))
        #expect(sb.shownCards == nil, "folded cards stay secret")
        #expect(btn.net == 180)
        #expect(bb.outcome == .lostAtShowdown)
        #expect(r.winners == [2])
        #expect(r.wentToShowdown)
    }

    @Test func statisticsOverTwoHands() throws {
        var mind = SeatMind(personality: character())
        mind.observe(recap(try threeBetAndCbet(), context: tableContext(handNumber: 1)), seat: 0)
        mind.observe(recap(try limpedPotToShowdown(), context: tableContext(handNumber: 2)), seat: 0)
        #expect(mind.opponents[0] == nil, "a seat keeps no model of itself")
        let button = try #require(mind.opponents[2])
        #expect(button.handsObserved == 2)
        #expect(button.vpip == StatCount(hits: 2, chances: 2))
        #expect(button.pfr == StatCount(hits: 1, chances: 2))
        #expect(button.threeBet == StatCount())
        #expect(button.foldToCbet == StatCount(hits: 1, chances: 1))
        #expect(button.wentToShowdown == StatCount(hits: 1, chances: 2))
        #expect(button.wonAtShowdown == StatCount(hits: 1, chances: 1))
        #expect(button.aggressionFactor == 2, "two bets or raises and no calls")
        #expect(button.bigBlindsPer100 == 400, "(−10 + 18) BB over 2 hands")
        #expect(button.shownHands.count == 1)
        #expect(button.shownHands.first?.rank?.category == .onePair)
        let bigBlind = try #require(mind.opponents[1])
        #expect(bigBlind.vpip == StatCount(hits: 0, chances: 2))
        #expect(bigBlind.aggressionFactor == 0.5)
        #expect(bigBlind.aggressionFrequency == 1.0 / 3.0)
        #expect(bigBlind.wentToShowdown == StatCount(hits: 1, chances: 1))
        #expect(bigBlind.wonAtShowdown == StatCount(hits: 0, chances: 1))
        #expect(bigBlind.shownHands.map(\.won) == [false])
        let reads = mind.readsSection(context: tableContext())
        #expect(reads == """
            Bob: 2 hands, VPIP 0%, PFR 0%, AF 0.5 — too few hands to read. Last showed KhKd (one pair)
            Cid: 2 hands, VPIP 100%, PFR 50%, AF 2.0 — too few hands to read. Last showed AsAd (one pair)
            """)
    }

    @Test(arguments: [
        (0.61, 0.40, 3.1, OpponentStyle.maniac),
        (0.55, 0.10, 4.0, .maniac),
        (0.08, 0.06, 2.0, .rock),
        (0.45, 0.05, 0.5, .callingStation),
        (0.45, 0.30, 2.0, .looseAggressive),
        (0.45, 0.10, 1.0, .loosePassive),
        (0.18, 0.15, 1.0, .tightAggressive),
        (0.18, 0.04, 0.9, .tightPassive),
        (0.30, 0.15, 1.2, .regular),
    ])
    func styleTable(vpip: Double, pfr: Double, af: Double, style: OpponentStyle) {
        #expect(OpponentStyle(vpip: vpip, pfr: pfr, af: af) == style)
    }

    @Test func aManiacReadsAsOne() throws {
        // The button raises and fires the flop every hand; everyone else folds.
        var model = OpponentModel()
        for number in 1...10 {
            var hand = try scriptedHand(stacks: [1000, 1000, 1000], blinds: [5, 10],
                                        hole: ["7c2d", "8h3s", "QhJh"], board: "Ad8c3h5s9d")
            if number.isMultiple(of: 2) {
                try hand.play([(2, bet(30)), (0, fold), (1, call), (1, check), (2, bet(40)), (1, fold)])
            } else {
                try hand.play([(2, bet(30)), (0, fold), (1, fold)])
            }
            let r = recap(hand, context: tableContext(handNumber: number))
            model.record(try #require(r[seat: 2]), in: r)
        }
        #expect(model.style == .maniac)
        #expect(model.cbet == StatCount(hits: 5, chances: 5))
        #expect(model.notes.contains("loose") && model.notes.contains("raises a lot"))
        #expect(model.line(name: "Zeus")
                == "Zeus: 10 hands, VPIP 100%, PFR 100%, AF 5.0 — a maniac; loose, raises a lot, bets hard after the flop")
    }

    @Test func sessionMemoryTracksResultsAndStreaks() throws {
        var mind = SeatMind(personality: character())
        mind.observe(recap(try threeBetAndCbet(), context: tableContext(handNumber: 1)), seat: 2)
        mind.observe(recap(try limpedPotToShowdown(), context: tableContext(handNumber: 2)), seat: 2)
        mind.observe(recap(try limpedPotToShowdown(), context: tableContext(handNumber: 3)), seat: 1)
        let session = mind.session
        #expect(session.handsPlayed == 3)
        #expect(session.handsWon == 1)
        #expect(session.netChips == Chips(-100 + 180 - 170))
        #expect(session.streak == -1, "won, then lost at showdown (a cheap fold does not count)")
        #expect(session.biggestWin?.handNumber == 2)
        #expect(session.biggestLoss?.handNumber == 3)
        #expect(session.summary.hasPrefix("Session: 3 hands, won 1; down 9.0 BB."))
        #expect(session.summary.contains("#3 lost 17.0 BB"))
    }
}
