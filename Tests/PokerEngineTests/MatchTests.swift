import PokerTestSupport
import Testing
@testable import PokerEngine

@Suite struct MatchTests {
    func config(seats: Int = 4, stack: Int = 1000, handsPerLevel: Int = 6, seed: UInt64 = 1) -> MatchConfig {
        MatchConfig(seatCount: seats, startingStack: Chips(stack),
                    schedule: .growing(bigBlind: 20, handsPerLevel: handsPerLevel), seed: seed)
    }

    /// Plays random legal actions until the tournament ends.
    func playOut(_ match: inout Match, seed: UInt64) throws -> [MatchEvent] {
        var rng = SeededGenerator(seed: seed)
        var events: [MatchEvent] = []
        while !match.isOver {
            events += try match.startNextHand()
            while let seat = match.seatToAct, let legal = match.hand?.legalActions {
                events += try match.apply(RandomPlay.action(legal, using: &rng), bySeat: seat).match
            }
        }
        return events
    }

    @Test func aWholeTournamentConservesChipsAndPlacesEveryone() throws {
        for seed in UInt64(1)...20 {
            var match = try Match(config(seats: Int(seed % 8) + 2, seed: seed))
            let events = try playOut(&match, seed: seed)
            let places = match.places.compactMap { $0 }
            #expect(places.count == match.config.seatCount, "everyone is placed")
            // Competition ranking: a place is one more than the number of players placed better
            // (two tied for 3rd leave nobody 4th).
            for place in places { #expect(place == 1 + places.filter { $0 < place }.count, "places \(places.sorted())") }
            #expect(match.stacks.sum() == match.config.startingStack * match.config.seatCount)
            #expect(match.winner.map { match.stacks[$0] } == match.stacks.sum())
            #expect(events.contains { if case .won = $0 { true } else { false } })
        }
    }

    @Test func buttonMovesToTheNextSeatWithChips() throws {
        var match = try Match(config(seats: 5))
        _ = try match.startNextHand()
        let first = match.button
        #expect(match.handSeats.last == first, "the button is the last position")
        // Fold around to end the hand quickly.
        while let seat = match.seatToAct, let legal = match.hand?.legalActions {
            _ = try match.apply(legal.canFold ? .fold : .checkOrCall, bySeat: seat)
        }
        _ = try match.startNextHand()
        #expect(match.button == (first + 1) % 5)
    }

    @Test func headsUpTheButtonPostsTheSmallBlind() throws {
        var match = try Match(config(seats: 2))
        _ = try match.startNextHand()
        let hand = try #require(match.hand)
        #expect(match.handSeats[1] == match.button)
        #expect(hand.bets[1] == match.blinds.smallBlind)
        #expect(match.seatToAct == match.button, "the button acts first before the flop")
    }

    @Test func blindsRiseByHandsPlayed() throws {
        var match = try Match(config(seats: 3, stack: 100_000, handsPerLevel: 2))
        var levelUps: [Int] = []
        for _ in 0..<6 {
            for event in try match.startNextHand() { if case let .levelUp(level, _) = event { levelUps.append(level) } }
            while let seat = match.seatToAct, let legal = match.hand?.legalActions {
                _ = try match.apply(legal.canFold ? .fold : .checkOrCall, bySeat: seat)
            }
        }
        #expect(levelUps == [1, 2])
        #expect(match.levelIndex == 2)
        #expect(match.blinds.bigBlind > 20)
    }

    @Test func aSeatThatIsNotDealtInGetsItsOwnError() throws {
        var match = try Match(config(seats: 4, stack: 200, seed: 5))
        var rng = SeededGenerator(seed: 11)
        var checked = false
        while !match.isOver && !checked {
            _ = try match.startNextHand()
            let out = (0..<4).filter { !match.handSeats.contains($0) }
            if let seat = out.first, match.seatToAct != nil {
                #expect(throws: RuleError.seatNotDealtIn(seat: seat)) { _ = try match.apply(.checkOrCall, bySeat: seat) }
                #expect(RuleError.seatNotDealtIn(seat: seat).description == "seat \(seat + 1) is not dealt in this hand")
                checked = true
            }
            while let seat = match.seatToAct, let legal = match.hand?.legalActions {
                _ = try match.apply(RandomPlay.action(legal, using: &rng), bySeat: seat)
            }
        }
        #expect(checked, "no hand was dealt with a seat out: the error was never exercised")
    }

    @Test func playersBustedInTheSameHandAreRankedByTheirStartingChips() throws {
        // Scripted: find a seed-free situation by replaying a settle on a finished hand is internal;
        // instead check the rule through a full random tournament: places are unique and busts
        // in one hand are reported best place first... verified by the stacks they started with.
        var match = try Match(config(seats: 6, stack: 200, seed: 9))
        var rng = SeededGenerator(seed: 3)
        var places: [Int] = []
        var sharedBustHands = 0
        while !match.isOver {
            _ = try match.startNextHand()
            let starting = match.hand?.config.startingStacks ?? []
            let seats = match.handSeats
            var busts: [(seat: Int, place: Int)] = []
            while let seat = match.seatToAct, let legal = match.hand?.legalActions {
                for event in try match.apply(RandomPlay.action(legal, using: &rng), bySeat: seat).match {
                    if case let .busted(s, p) = event { busts.append((s, p)) }
                }
            }
            for (a, b) in zip(busts, busts.dropFirst()) {
                let chipsA = starting[seats.firstIndex(of: a.seat) ?? 0], chipsB = starting[seats.firstIndex(of: b.seat) ?? 0]
                #expect(chipsA >= chipsB)
                #expect(chipsA > chipsB ? a.place < b.place : a.place == b.place, "equal starting stacks tie")
            }
            if busts.count > 1 { sharedBustHands += 1 }
            places += busts.map(\.place)
        }
        // The pairwise checks above only run in hands with several busts: make sure there were some.
        #expect(sharedBustHands > 0, "no hand busted two players at once: the ranking rule was never exercised")
        #expect(places.count == 5 && places.allSatisfy { (2...6).contains($0) }, "every loser was placed once: \(places)")
    }

    @Test func twoPlayersBustedWithEqualStartingStacksTie() throws {
        // Three equal stacks all in on hand 1: whenever one player takes every chip, the other two
        // started with the same stack and tie for 2nd (by seat they would have been 2nd and 3rd).
        var tied = 0
        for seed in UInt64(1)...40 {
            var match = try Match(config(seats: 3, seed: seed))
            _ = try match.startNextHand()
            var events: [MatchEvent] = []
            while let seat = match.seatToAct, let legal = match.hand?.legalActions {
                let action: Action = legal.maxRaiseTo.map { .betOrRaise(to: $0) } ?? .checkOrCall
                events += try match.apply(action, bySeat: seat).match
            }
            guard match.isOver, let winner = match.winner else { continue }
            tied += 1
            let busts = events.compactMap { event -> Int? in if case let .busted(_, place) = event { place } else { nil } }
            #expect(busts == [2, 2], "seed \(seed): \(events)")
            #expect(match.places[winner] == 1)
            #expect(match.places.filter { $0 == 2 }.count == 2)
            #expect(!match.places.contains(3), "nobody is 3rd")
        }
        #expect(tied > 0, "no seed ended the tournament in one hand")
    }

    @Test func decksAreReproducibleFromTheSeed() throws {
        let a = try Match(config(seed: 11)), b = try Match(config(seed: 11)), c = try Match(config(seed: 12))
        #expect(a.deck(forHand: 3) == b.deck(forHand: 3))
        #expect(a.deck(forHand: 3) != a.deck(forHand: 4))
        #expect(a.deck(forHand: 3) != c.deck(forHand: 3))
    }
}

@Suite struct SeatViewTests {
    @Test func aSeatSeesOnlyItsOwnHoleCardsUntilShowdown() throws {
        var hand = try scriptedHand(stacks: [100, 100, 100], blinds: [1, 2], hole: ["AsAh", "KdKc", "QsQh"],
                                    board: "2c3d4h9sTs")
        let view = hand.view(for: 1)
        #expect(view.holeCards == [Card(.king, .diamonds), Card(.king, .clubs)])
        #expect(view.shownCards.isEmpty)
        let dealt = view.events.compactMap { if case let .holeCardsDealt(p, cards) = $0 { (p, cards) } else { nil } }
        #expect(dealt.count == 3)
        for (p, cards) in dealt { #expect(p == 1 ? cards.count == 2 : cards.isEmpty) }
        #expect(view.legalActions == nil, "not this seat's turn")
        #expect(hand.view(for: 2).legalActions != nil)
        // Everybody all-in: cards are shown and become visible to all.
        try hand.play([(2, .betOrRaise(to: 100)), (0, .checkOrCall), (1, .checkOrCall)])
        #expect(hand.view(for: 1).shownCards.count == 2)
    }
}
