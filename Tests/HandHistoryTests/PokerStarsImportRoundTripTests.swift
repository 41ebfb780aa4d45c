import Foundation
import Testing
@testable import HandHistory
import PokerEngine

/// Our PokerStars export imports back to the same hands: actions, stacks, pots and every card
/// the text shows.
@Suite struct PokerStarsImportRoundTripTests {
    /// A 6-seat tournament with deep stacks and antes, played for exactly `hands` hands by a
    /// seeded policy that mostly calls and sometimes raises or moves all-in (side pots happen).
    static func game(hands: Int, seed: UInt64, anteStyle: AnteStyle) throws -> [(hand: Hand, table: PokerStarsTable)] {
        let names = ["Ada", "Batman", "Gordon Ramsay", "Eeyore", "Marcel the Mime", "Scrooge"]
        let config = MatchConfig(seatCount: 6, startingStack: 40_000,
                                 schedule: .growing(bigBlind: 20, handsPerLevel: 25, growth: 1.3, antesFromLevel: 1,
                                                    anteStyle: anteStyle), seed: seed)
        var match = try Match(config)
        var rng = SeededGenerator(seed: seed &* 31)
        var out: [(hand: Hand, table: PokerStarsTable)] = []
        while out.count < hands, !match.isOver {
            _ = try match.startNextHand()
            while let seat = match.seatToAct, let legal = match.hand?.legalActions {
                let roll = Double.random(in: 0..<1, using: &rng)
                let expensive = legal.callAmount.rawValue * 4 > legal.stack.rawValue
                var action: Action = legal.canFold && roll < (expensive ? 0.85 : 0.35) ? .fold : .checkOrCall
                if let low = legal.minRaiseTo, let high = legal.maxRaiseTo {
                    if roll > 0.995 { action = .betOrRaise(to: high) } else if roll > 0.9 { action = .betOrRaise(to: low) }
                }
                _ = try match.apply(action, bySeat: seat)
            }
            guard let hand = match.hand else { continue }
            out.append((hand, PokerStarsTable(
                handNumber: 5_000 + Int64(match.handsPlayed), tournamentNumber: 77, level: match.levelIndex + 1,
                startedAt: PokerStarsWriterTests.date, tableSize: 6, seatNumbers: match.handSeats.map { $0 + 1 },
                names: match.handSeats.map { names[$0] }, hero: match.position(ofSeat: 0), buttonSeatNumber: match.button + 1,
                blinds: match.blinds)))
        }
        return out
    }

    /// Imports `text` and checks every hand against the hand it was written from.
    static func checkRoundTrip(_ originals: [(hand: Hand, table: PokerStarsTable)]) throws {
        let text = PokerStarsWriter.text(originals)
        let results = PokerStarsImporter.read(text, source: "export.txt")
        #expect(results.count == originals.count)
        for (result, original) in zip(results, originals) {
            let imported: ImportedHand
            switch result {
            case let .success(hand): imported = hand
            case let .failure(error):
                Issue.record("\(error)\n\(PokerStarsWriter.text(original.hand, table: original.table))")
                continue
            }
            let hand = imported.hand, source = original.hand
            let label = "hand \(original.table.handNumber)"
            #expect(imported.handNumber == String(original.table.handNumber))
            #expect(imported.names == original.table.safeNames, "\(label)")
            #expect(imported.seatNumbers == original.table.seatNumbers, "\(label)")
            #expect(imported.hero == original.table.hero, "\(label)")
            #expect(hand.config.startingStacks == source.config.startingStacks, "\(label)")
            #expect(hand.config.blindsOrStraddles == source.config.blindsOrStraddles, "\(label)")
            #expect(forced(hand) == forced(source), "\(label): antes and blinds posted")
            #expect(hand.events.filter(\.isDecision) == source.events.filter(\.isDecision), "\(label): actions")
            #expect(won(hand) == won(source), "\(label): what each player won")
            if source.config.splitRule == hand.config.splitRule { #expect(pots(hand) == pots(source), "\(label): pots") }
            #expect(hand.finishingStacks == source.finishingStacks, "\(label): finishing stacks")
            #expect(hand.board == source.board, "\(label): board")
            #expect(shownText(hand) == shownText(source), "\(label): shown cards")
            if let hero = imported.hero { #expect(hand.holeCards[hero] == source.holeCards[hero], "\(label): hero's cards") }
            for p in hand.config.hiddenHands ?? [] {
                #expect(!shown(source).contains { $0.player == p }, "\(label): a shown hand is not hidden")
            }
        }
    }

    static func forced(_ hand: Hand) -> [HandEvent] {
        hand.events.filter { if case .blindPosted = $0 { true } else if case .antePosted = $0 { true } else { false } }
    }

    /// Chips won per player and the total pot (pots merged by PokerKit's rule list differently).
    static func won(_ hand: Hand) -> [Chips] {
        var won = Array(repeating: Chips.zero, count: hand.playerCount)
        for case let .potAwarded(_, _, _, winners, shares, _) in hand.events {
            for (w, share) in zip(winners, shares) { won[w] += share }
        }
        return won
    }

    static func pots(_ hand: Hand) -> [HandEvent] {
        hand.events.filter { if case .potAwarded = $0 { true } else { false } }
    }

    static func shown(_ hand: Hand) -> [(player: Int, cards: [Card])] {
        hand.events.compactMap { if case let .showed(p, cards, _) = $0 { (p, cards) } else { nil } }
            .sorted { $0.player < $1.player }
    }

    static func shownText(_ hand: Hand) -> [String] {
        shown(hand).map { "p\($0.player): \($0.cards)" }
    }

    @Test(arguments: [(AnteStyle.everyone, UInt64(2024)), (.bigBlind, 1)])
    func everyHandOfA200HandGameImportsBackIdentically(anteStyle: AnteStyle, seed: UInt64) throws {
        let originals = try Self.game(hands: 200, seed: seed, anteStyle: anteStyle)
        #expect(originals.count == 200)
        let events = originals.flatMap(\.hand.events)
        #expect(events.contains { if case let .potAwarded(pot, _, _, _, _, _) = $0 { pot >= 1 } else { false } }, "side pots")
        #expect(events.contains { if case let .called(_, _, allIn) = $0 { allIn } else { false } }, "all-in calls")
        #expect(events.contains { if case .antePosted = $0 { true } else { false } }, "antes")
        #expect(events.contains { if case .uncalledBetReturned = $0 { true } else { false } }, "uncalled bets")
        try Self.checkRoundTrip(originals)
    }

    @Test func randomTournamentsOfEverySizeImportBack() throws {
        try Self.checkRoundTrip(try PokerStarsWriterTests.tournamentHands(seeds: 1...30))
    }
}
