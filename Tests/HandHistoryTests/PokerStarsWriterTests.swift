import Foundation
import Testing
@testable import HandHistory
import PokerEngine

@Suite struct PokerStarsWriterTests {
    static let date = Date(timeIntervalSince1970: 1_709_342_100)  // 2024-03-01 20:15:00 ET

    /// Plays random tournaments through `Match` and returns every finished hand with its table.
    static func tournamentHands(seeds: ClosedRange<UInt64>) throws -> [(hand: Hand, table: PokerStarsTable)] {
        var out: [(hand: Hand, table: PokerStarsTable)] = []
        for seed in seeds {
            let seats = Int(seed % 8) + 2
            let style: AnteStyle = seed % 2 == 0 ? .bigBlind : .everyone
            let config = MatchConfig(seatCount: seats, startingStack: Chips(1500 + Int(seed % 5) * 500),
                                     schedule: .growing(bigBlind: 20, handsPerLevel: 3, antesFromLevel: seed % 3 == 0 ? nil : 0,
                                                        anteStyle: style),
                                     seed: seed, splitRule: seed % 4 == 0 ? .pokerKit : .wsop)
            var match = try Match(config)
            var rng = SeededGenerator(seed: seed &+ 100)
            let names = (0..<seats).map { ["Ada", "Batman", "Gordon Ramsay", "Eeyore", "Marcel", "Scrooge", "Zed", "Yuki", "Xu"][$0] }
            while !match.isOver {
                _ = try match.startNextHand()
                var busts: [Int: Int] = [:]
                while let seat = match.seatToAct, let legal = match.hand?.legalActions {
                    for case let .busted(seat, place) in try match.apply(RandomPlay.action(legal, using: &rng), bySeat: seat).match {
                        busts[seat] = place
                    }
                }
                guard let hand = match.hand else { continue }
                var table = PokerStarsTable(
                    handNumber: Int64(seed) * 1000 + Int64(match.handsPlayed), tournamentNumber: Int64(seed), level: match.levelIndex + 1,
                    startedAt: date, tableSize: seats, seatNumbers: match.handSeats.map { $0 + 1 },
                    names: match.handSeats.map { names[$0] }, hero: match.position(ofSeat: 0))
                for (seat, place) in busts { if let p = match.position(ofSeat: seat) { table.finishes[p] = place } }
                out.append((hand, table))
            }
        }
        return out
    }

    /// Finishing stacks implied by the text alone (seat stacks, posts, bets, returns, collections),
    /// checking on the way that each raise's increment is over the street's highest bet.
    static func ledger(_ text: String) -> (stacks: [String: Int], issues: [String]) {
        var stacks: [String: Int] = [:], committed: [String: Int] = [:], issues: [String] = []
        for line in text.split(separator: "\n").map(String.init) {
            if line == "*** SUMMARY ***" { break }
            if let m = line.wholeMatch(of: /Seat \d+: (.+) \((\d+) in chips\)/) {
                stacks[String(m.1)] = Int(m.2)
            } else if let m = line.wholeMatch(of: /(.+): posts the ante (\d+)( and is all-in)?/) {
                stacks[String(m.1), default: 0] -= Int(m.2) ?? 0
            } else if let m = line.wholeMatch(of: /(.+): (?:posts (?:small blind|big blind|straddle)|calls|bets) (\d+)( and is all-in)?/) {
                stacks[String(m.1), default: 0] -= Int(m.2) ?? 0
                committed[String(m.1), default: 0] += Int(m.2) ?? 0
            } else if let m = line.wholeMatch(of: /(.+): raises (\d+) to (\d+)( and is all-in)?/) {
                let to = Int(m.3) ?? 0, player = String(m.1)
                if let top = committed.values.max(), (Int(m.2) ?? 0) != to - top { issues.append("bad increment: \(line)") }
                stacks[player, default: 0] -= to - committed[player, default: 0]
                committed[player] = to
            } else if line.hasPrefix("*** FLOP") || line.hasPrefix("*** TURN") || line.hasPrefix("*** RIVER") {
                committed = [:]
            } else if let m = line.wholeMatch(of: /Uncalled bet \((\d+)\) returned to (.+)/) {
                stacks[String(m.2), default: 0] += Int(m.1) ?? 0
            } else if let m = line.wholeMatch(of: /(.+) collected (\d+) from (?:main pot|side pot(?:-\d+)?|pot)/) {
                stacks[String(m.1), default: 0] += Int(m.2) ?? 0
            }
        }
        return (stacks, issues)
    }

    @Test func tournamentHandsKeepTheirChipsAndStructure() throws {
        let hands = try Self.tournamentHands(seeds: 1...60)
        #expect(hands.count > 250)
        var sidePots = 0, antes = 0, busted = 0
        for (hand, table) in hands {
            let text = PokerStarsWriter.text(hand, table: table)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let names = table.safeNames
            #expect(lines.first?.wholeMatch(of: /PokerStars Hand #\d+: Tournament #\d+, \$0\+\$0 USD Hold'em No Limit - Level [IVXLC]+ \(\d+\/\d+\) - \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} ET/) != nil,
                    "\(lines.first ?? "")")
            #expect(lines[1] == "Table '\(table.tournamentNumber) 1' \(table.tableSize)-max Seat #\(table.seatNumbers.last ?? 0) is the button")
            #expect(!lines.dropLast().contains(""), "a blank line inside a hand splits it for PokerKit")
            #expect(lines.filter { $0.hasPrefix("Seat ") && $0.hasSuffix(" in chips)") }.count == hand.playerCount)
            #expect(lines.filter { $0.hasPrefix("Dealt to ") }.count == (table.hero == nil ? 0 : 1))
            #expect(lines.contains("*** HOLE CARDS ***"))
            let finished = lines.filter { $0.contains(" finished the tournament in ") }
            #expect(finished.count == table.finishes.count, "\(text)")
            for (p, place) in table.finishes {
                #expect(finished.contains("\(names[p]) finished the tournament in \(PokerStarsTable.ordinal(place)) place"))
            }
            busted += table.finishes.count
            #expect(lines.contains { $0.hasPrefix("*** FLOP *** [") } == (hand.board.count >= 3))
            #expect(lines.contains { $0.hasPrefix("*** RIVER *** [") } == (hand.board.count == 5))
            let showdown = hand.events.contains { if case .potAwarded(_, _, _, _, _, _?) = $0 { true } else { false } }
            #expect(lines.contains("*** SHOW DOWN ***") == showdown)
            let (ledger, issues) = Self.ledger(text)
            #expect(issues.isEmpty, "\(issues)\n\(text)")
            let expected = Dictionary(uniqueKeysWithValues: zip(names, (hand.finishingStacks ?? []).map(\.rawValue)))
            #expect(ledger == expected, "\n\(text)")
            let awarded = hand.events.reduce(0) { if case let .potAwarded(_, amount, _, _, _, _) = $1 { $0 + amount.rawValue } else { $0 } }
            #expect(lines.contains { $0.hasPrefix("Total pot \(awarded) ") && $0.hasSuffix("| Rake 0") }, "\n\(text)")
            let summary = lines.drop { $0 != "*** SUMMARY ***" }
            #expect(summary.filter { $0.hasPrefix("Seat ") }.count == hand.playerCount)
            if text.contains("side pot") { sidePots += 1 }
            if text.contains("posts the ante") { antes += 1 }
        }
        #expect(sidePots > 10 && antes > 100)
        #expect(busted > 100, "busts are written")
        // For the PokerKit check (scripts/pokerkit): POKERSTARS_SAMPLE_OUT=/tmp/ps.txt swift test --filter PokerStarsWriterTests
        if let out = ProcessInfo.processInfo.environment["POKERSTARS_SAMPLE_OUT"] {
            try PokerStarsWriter.text(hands).write(toFile: out, atomically: true, encoding: .utf8)
        }
        let many = PokerStarsWriter.text(Array(hands.prefix(3)))
        #expect(many.components(separatedBy: "\n\n\nPokerStars Hand #").count == 3)
    }

    @Test(arguments: [
        ("Ah Kh Qh Jh Th", "a Royal Flush"), ("5c 4c 3c 2c Ac 9d", "a straight flush, Ace to Five"),
        ("As 2d 3h 4c 5s 9d", "a straight, Ace to Five"), ("9h 8h 7c 6d 5s", "a straight, Five to Nine"),
        ("Ks Kd Kh 5c 5d 5h", "a full house, Kings full of Fives"), ("7s 7d 7h 7c 2d", "four of a kind, Sevens"),
        ("As 9s 5s 3s 2s Kd", "a flush, Ace high"), ("6s 6d 6h 2c 3d", "three of a kind, Sixes"),
        ("As Ad Ks Kd 5c 5h", "two pair, Aces and Kings"), ("Qs Qd", "a pair of Queens"), ("Ac 9c", "high card Ace"),
    ])
    func handNamesReadLikePokerStars(cards: String, name: String) throws {
        #expect(PokerStarsHandName.describe(try Card.parseList(cards)) == name)
    }

    @Test func namesAreMadeSafeAndDistinct() {
        let table = PokerStarsTable(handNumber: 1, tournamentNumber: 1, level: 1, startedAt: Self.date, tableSize: 4,
                                    seatNumbers: [1, 2, 3, 4], names: ["Bob: the (Builder)", " ", "Bob: the (Builder)", "[Seat 9]\u{1B}"])
        #expect(table.safeNames == ["Bob the Builder", "Player 2", "Bob the Builder 3", "Player 4"])
    }

    /// A scripted all-in hand, checked line by line against PokerStars' own layout.
    @Test func aScriptedAllInHandReadsLikePokerStars() throws {
        let deck = try Deck.arranged(holeCards: [try Card.parseList("7s2h").map { Optional($0) },
                                                 try Card.parseList("AhAd").map { Optional($0) },
                                                 try Card.parseList("KcKd").map { Optional($0) }],
                                     board: try Card.parseList("Ks 9h 4c 2d Jc"))
        let config = HandConfig.standard(stacks: [1000, 500, 1500], smallBlind: 10, bigBlind: 20, ante: 20, bigBlindAnte: true)
        var hand = try Hand.start(config, deck: deck)
        try hand.apply(.betOrRaise(to: 60), by: 2)
        try hand.apply(.checkOrCall, by: 0)
        try hand.apply(.betOrRaise(to: 480), by: 1)
        try hand.apply(.checkOrCall, by: 2)
        try hand.apply(.fold, by: 0)
        #expect(hand.isComplete)
        let table = PokerStarsTable(handNumber: 4242, tournamentNumber: 17, level: 4, startedAt: Self.date, tableSize: 6,
                                    seatNumbers: [2, 3, 5], names: ["Ada", "Batman", "Gordon Ramsay"], hero: 0)
        let expected = """
            PokerStars Hand #4242: Tournament #17, $0+$0 USD Hold'em No Limit - Level IV (10/20) - 2024/03/01 20:15:00 ET
            Table '17 1' 6-max Seat #5 is the button
            Seat 2: Ada (1000 in chips)
            Seat 3: Batman (500 in chips)
            Seat 5: Gordon Ramsay (1500 in chips)
            Batman: posts the ante 20
            Ada: posts small blind 10
            Batman: posts big blind 20
            *** HOLE CARDS ***
            Dealt to Ada [7s 2h]
            Gordon Ramsay: raises 40 to 60
            Ada: calls 50
            Batman: raises 420 to 480 and is all-in
            Gordon Ramsay: calls 420
            Ada: folds
            Batman: shows [Ah Ad] (a pair of Aces)
            Gordon Ramsay: shows [Kc Kd] (a pair of Kings)
            *** FLOP *** [Ks 9h 4c]
            *** TURN *** [Ks 9h 4c] [2d]
            *** RIVER *** [Ks 9h 4c 2d] [Jc]
            *** SHOW DOWN ***
            Gordon Ramsay collected 1040 from pot
            *** SUMMARY ***
            Total pot 1040 | Rake 0
            Board [Ks 9h 4c 2d Jc]
            Seat 2: Ada (small blind) folded before Flop
            Seat 3: Batman (big blind) showed [Ah Ad] and lost with a pair of Aces
            Seat 5: Gordon Ramsay (button) showed [Kc Kd] and won (1040) with three of a kind, Kings

            """
        #expect(PokerStarsWriter.text(hand, table: table) == expected)
    }
}
