import Foundation
import PokerTestSupport
import Testing
@testable import PokerEngine

/// The dead-button rule (WSOP / TDA / Robert's Rules §4.2b), case by case: after hand 1 some
/// seats bust, and hand 2 must put the big blind on the player due for it with the small blind
/// and the button behind it, even in front of empty seats.
@Suite struct DeadButtonTests {
    func config(seats: Int, seed: UInt64 = 5, rule: ButtonRule = .dead) -> MatchConfig {
        MatchConfig(seatCount: seats, startingStack: 1_000, schedule: .growing(bigBlind: 20, handsPerLevel: 100),
                    seed: seed, buttonRule: rule)
    }

    /// Plays the current hand to its end by folding (or checking) whenever possible.
    func foldAround(_ match: inout Match) throws {
        while let seat = match.seatToAct, let legal = match.hand?.legalActions {
            _ = try match.apply(legal.canFold ? .fold : .checkOrCall, bySeat: seat)
        }
    }

    /// Hand 1 dealt and finished; returns its layout.
    func firstHand(_ match: inout Match) throws -> SeatLayout {
        _ = try match.startNextHand()
        try foldAround(&match)
        return try #require(match.layout)
    }

    /// Busts `seats` between hands: their chips go to the first seat that keeps its chips.
    func bust(_ seats: [Int], in match: inout Match) throws {
        let keeper = try #require(match.seatsWithChips.first { !seats.contains($0) })
        for seat in seats {
            match.stacks[keeper] += match.stacks[seat]
            match.stacks[seat] = .zero
        }
    }

    func next(_ seat: Int, _ match: Match) -> Int { match.seatsWithChips.first { $0 > seat } ?? match.seatsWithChips[0] }

    /// Amount each seat posted as a blind in the current hand.
    func blindsPosted(_ match: Match) throws -> [Int: Chips] {
        let hand = try #require(match.hand)
        var posted: [Int: Chips] = [:]
        for case let .blindPosted(p, amount) in hand.events { posted[match.handSeats[p]] = amount }
        return posted
    }

    @Test func withoutBustsTheButtonMovesOneSeatLikeAMovingButton() throws {
        var match = try Match(config(seats: 6))
        let first = try firstHand(&match)
        _ = try match.startNextHand()
        #expect(match.layout == SeatLayout(button: first.smallBlind, smallBlind: first.bigBlind,
                                           bigBlind: (first.bigBlind + 1) % 6))
        #expect(!match.isDeadButton)
        #expect(match.handSeats.last == match.button)
    }

    @Test func whenTheSmallBlindBustsTheButtonIsDead() throws {
        var match = try Match(config(seats: 6))
        let first = try firstHand(&match)
        try bust([first.smallBlind], in: &match)
        _ = try match.startNextHand()
        #expect(match.button == first.smallBlind, "the button goes to the busted small blind's empty seat")
        #expect(match.isDeadButton)
        #expect(match.smallBlindSeat == first.bigBlind, "last hand's big blind posts the small blind")
        #expect(match.bigBlindSeat == next(first.bigBlind, match))
        #expect(try blindsPosted(match) == [first.bigBlind: 10, next(first.bigBlind, match): 20])
        // The last player before the empty button seat acts last after the flop: the last position.
        #expect(match.handSeats.last == (first.button + 6) % 6)
    }

    @Test func whenTheBigBlindBustsNobodyPostsTheSmallBlindNextHand() throws {
        var match = try Match(config(seats: 6))
        let first = try firstHand(&match)
        try bust([first.bigBlind], in: &match)
        _ = try match.startNextHand()
        let bigBlind = next(first.bigBlind, match)
        #expect(match.bigBlindSeat == bigBlind)
        #expect(match.smallBlindSeat == nil, "the small blind is dead")
        #expect(match.button == first.smallBlind)
        #expect(!match.isDeadButton)
        #expect(try blindsPosted(match) == [bigBlind: 20])
        #expect(match.hand?.potTotal == 20)
        #expect(match.handSeats.first == bigBlind, "the big blind is first left of the button")
        #expect(match.seatToAct == next(bigBlind, match), "the player left of the big blind acts first")
    }

    @Test func whenBothBlindsBustTheSmallBlindAndTheButtonAreDead() throws {
        var match = try Match(config(seats: 6))
        let first = try firstHand(&match)
        try bust([first.smallBlind, first.bigBlind], in: &match)
        _ = try match.startNextHand()
        let bigBlind = next(first.bigBlind, match)
        #expect(match.layout == SeatLayout(button: first.smallBlind, smallBlind: first.bigBlind, bigBlind: bigBlind))
        #expect(match.isDeadButton)
        #expect(match.smallBlindSeat == nil)
        #expect(try blindsPosted(match) == [bigBlind: 20])
        #expect(match.handSeats.last == first.button, "the old button acts last, in front of the dead button")
    }

    @Test func whenTheButtonBustsTheBlindsMoveOnAsUsual() throws {
        var match = try Match(config(seats: 6))
        let first = try firstHand(&match)
        try bust([first.button], in: &match)
        _ = try match.startNextHand()
        #expect(match.layout == SeatLayout(button: first.smallBlind, smallBlind: first.bigBlind,
                                           bigBlind: next(first.bigBlind, match)))
        #expect(!match.isDeadButton)
        #expect(try blindsPosted(match).count == 2)
    }

    @Test func severalPlayersBustAtOnce() throws {
        var match = try Match(config(seats: 8))
        let first = try firstHand(&match)
        // The small blind, the two players after the big blind and the button go at once.
        let afterBig = (first.bigBlind + 1) % 8, twoAfter = (first.bigBlind + 2) % 8
        try bust([first.smallBlind, afterBig, twoAfter, first.button], in: &match)
        _ = try match.startNextHand()
        let bigBlind = (first.bigBlind + 3) % 8
        #expect(match.layout == SeatLayout(button: first.smallBlind, smallBlind: first.bigBlind, bigBlind: bigBlind))
        #expect(match.isDeadButton)
        #expect(try blindsPosted(match) == [first.bigBlind: 10, bigBlind: 20])
        #expect(match.handSeats.count == 4)
        // Hand 3: the big blind moves on by one player; the small blind follows it.
        try foldAround(&match)
        _ = try match.startNextHand()
        #expect(match.layout == SeatLayout(button: first.bigBlind, smallBlind: bigBlind, bigBlind: next(bigBlind, match)))
    }

    @Test(arguments: [0, 1, 2]) func goingHeadsUpNobodyPostsTheBigBlindTwiceAndTheButtonPostsTheSmallBlind(busted: Int) throws {
        var match = try Match(config(seats: 3))
        let first = try firstHand(&match)
        let gone = [first.button, first.smallBlind, first.bigBlind][busted]
        try bust([gone], in: &match)
        _ = try match.startNextHand()
        let layout = try #require(match.layout)
        #expect(layout.bigBlind != first.bigBlind, "the big blind is never posted twice in a row")
        #expect(layout.button == layout.smallBlind)
        #expect(match.handSeats == [layout.bigBlind, layout.button])
        #expect(try blindsPosted(match) == [layout.button: 10, layout.bigBlind: 20])
        #expect(match.seatToAct == layout.button, "heads-up the button acts first before the flop")
        try foldAround(&match)
        _ = try match.startNextHand()
        #expect(match.bigBlindSeat == layout.button, "heads-up the big blind alternates")
        #expect(match.button == layout.bigBlind)
    }

    @Test func theMovingButtonIsStillAvailable() throws {
        var match = try Match(config(seats: 6, rule: .moving))
        let first = try firstHand(&match)
        try bust([first.bigBlind], in: &match)
        _ = try match.startNextHand()
        // The moving button skips the empty seat: a small blind is posted, so the player who was
        // due for the big blind posts the small one instead.
        #expect(match.button == first.smallBlind)
        #expect(match.smallBlindSeat == next(first.bigBlind, match))
        #expect(try blindsPosted(match).count == 2)
    }

    @Test func aBigBlindAnteIsPostedByTheBigBlindEvenWhenTheSmallBlindIsDead() throws {
        let schedule = BlindSchedule(levels: [BlindLevel(smallBlind: 10, bigBlind: 20, ante: 20)], handsPerLevel: 100,
                                     anteStyle: .bigBlind)
        var match = try Match(MatchConfig(seatCount: 5, startingStack: 1_000, schedule: schedule, seed: 3))
        let first = try firstHand(&match)
        try bust([first.bigBlind], in: &match)
        _ = try match.startNextHand()
        let hand = try #require(match.hand)
        let bigBlind = try #require(match.bigBlindSeat)
        let antes = hand.events.compactMap { if case let .antePosted(p, a) = $0 { (match.handSeats[p], a) } else { nil } }
        #expect(antes.map(\.0) == [bigBlind])
        #expect(antes.map(\.1) == [20])
        #expect(hand.potTotal == 40)
    }

    @Test func theLayoutSurvivesEncodingAndOldSnapshotsKeepTheMovingButton() throws {
        var match = try Match(config(seats: 6))
        let first = try firstHand(&match)
        try bust([first.bigBlind], in: &match)
        _ = try match.startNextHand()
        let decoded = try JSONDecoder().decode(Match.self, from: JSONEncoder().encode(match))
        #expect(decoded == match)
        #expect(decoded.layout == match.layout)
        // A configuration saved before the button rule existed decodes as the moving button.
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(config(seats: 6))) as? [String: Any])
        #expect(object.removeValue(forKey: "buttonRule") as? String == "dead")
        let old = try JSONDecoder().decode(MatchConfig.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.buttonRule == .moving)
    }
}
