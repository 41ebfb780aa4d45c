import PokerTestSupport
import PokerEngine
import Testing
@testable import PokerAI

@Suite struct CommentaryTests {
    /// The button (position 2) shoves 100 with 72 and is called by aces: eliminated.
    func bustHand() throws -> HandRecap {
        var hand = try scriptedHand(stacks: [1000, 1000, 100], blinds: [5, 10],
                                    hole: ["8c3d", "AhAd", "7c2d"], board: "2s5d8h9cJs")
        try hand.play([(2, bet(100)), (0, fold), (1, call)])
        return recap(hand)
    }

    @Test func aBustedSeatAlwaysSaysABustLine() throws {
        let r = try bustHand()
        let events = PressureDetector.events(recap: r, for: 2)
        for personality in bundledRoster {
            for seed in 0..<20 {
                var memory = TalkMemory()
                let beats = TalkDirector.commentary(on: r, seat: 2, events: events, personality: personality,
                                                    traits: personality.traits, memory: &memory, seed: UInt64(seed),
                                                    quiet: true)
                #expect(!beats.isEmpty, "\(personality.name) left without a word")
                let line = try #require(memory.lastLine)
                #expect(personality.lines[.bust].contains(line))
            }
        }
    }

    @Test func winnersGloatMoreOftenThanBystandersSpeak() throws {
        let r = try bustHand()
        let zeus = try #require(roster("Zeus"))
        func rate(seat: Int) -> Double {
            let events = PressureDetector.events(recap: r, for: seat)
            var spoke = 0
            for seed in 0..<2000 {
                var memory = TalkMemory()
                if !TalkDirector.commentary(on: r, seat: seat, events: events, personality: zeus, traits: zeus.traits,
                                            memory: &memory, seed: UInt64(seed)).isEmpty { spoke += 1 }
            }
            return Double(spoke) / 2000
        }
        let winner = rate(seat: 1), folder = rate(seat: 0)
        #expect(winner > 0.6, "an elimination is climactic: \(winner)")
        #expect(folder < 0.15, "\(folder)")
    }

    @Test func bustedPlayersHeckleNowAndThen() throws {
        let r = try bustHand()
        let blackbeard = try #require(roster("Blackbeard"))
        var memory = TalkMemory()
        var heckles: [String] = []
        for seed in 0..<2000 {
            // Seat 5 is not in the hand: it busted earlier.
            if !TalkDirector.commentary(on: r, seat: 5, events: [], personality: blackbeard,
                                        traits: blackbeard.traits, memory: &memory, seed: UInt64(seed)).isEmpty,
               let line = memory.lastLine {
                heckles.append(line)
            }
        }
        let rate = Double(heckles.count) / 2000
        #expect((0.1...0.45).contains(rate), "heckle rate \(rate)")
        let rail = Set(blackbeard.lines[.needle] + blackbeard.lines[.bust] + blackbeard.verbalTics + blackbeard.physicalTics)
        #expect(heckles.allSatisfy { rail.contains($0) })
    }

    @Test func aCaughtBluffGetsABluffCaughtLine() throws {
        var hand = try scriptedHand(stacks: [1000, 1000, 1000], blinds: [5, 10],
                                    hole: ["8c3c", "AhKh", "7c2d"], board: "As9d4sTc3h")
        try hand.play([(2, bet(30)), (0, fold), (1, call), (1, check), (2, bet(40)), (1, call), (1, check),
                       (2, check), (1, check), (2, bet(100)), (1, call)])
        let r = recap(hand)
        let events = PressureDetector.events(recap: r, for: 2)
        let loki = try #require(roster("Loki"))
        var lines: [String] = []
        for seed in 0..<500 {
            var memory = TalkMemory()
            _ = TalkDirector.commentary(on: r, seat: 2, events: events, personality: loki, traits: loki.traits,
                                        memory: &memory, seed: UInt64(seed))
            if let line = memory.lastLine { lines.append(line) }
        }
        #expect(lines.count > 350)
        let caught = lines.filter { loki.lines[.bluffCaught].contains($0) }.count
        #expect(Double(caught) / Double(lines.count) > 0.5)
    }

    @Test func repliesWhenAddressedOrProvoked() throws {
        let zeus = try #require(roster("Zeus"))
        func rate(_ text: String, tilt: Double = 0) -> (Double, [String]) {
            var spoke = 0
            var lines: [String] = []
            for seed in 0..<2000 {
                var memory = TalkMemory()
                if !TalkDirector.reply(to: HumanChat(text: text, to: zeus), personality: zeus, traits: zeus.traits,
                                       tilt: tilt, memory: &memory, seed: UInt64(seed)).isEmpty {
                    spoke += 1
                    lines += memory.recentLines
                }
            }
            return (Double(spoke) / 2000, lines)
        }
        let (addressed, needles) = rate("Zeus, you are a scared old fool")
        #expect(addressed > 0.8)
        let fromNeedle = needles.filter { zeus.lines[.needle].contains($0) }.count
        #expect(Double(fromNeedle) / Double(needles.count) > 0.5, "answers a taunt with a needle")
        let (provoked, _) = rate("what a bunch of donkeys")
        let (tiltedProvoked, _) = rate("what a bunch of donkeys", tilt: 0.8)
        let (idle, _) = rate("anyone want coffee?")
        #expect(provoked > idle && tiltedProvoked > provoked + 0.15)
        #expect(idle < 0.1)
    }
}

@Suite struct GreetingTests {
    @Test func greetingsComeFromTheGreetingLines() throws {
        for personality in bundledRoster {
            var said = 0
            for seed in 0..<200 {
                var memory = TalkMemory()
                let beats = TalkDirector.greeting(personality: personality, traits: personality.traits,
                                                  memory: &memory, seed: UInt64(seed))
                guard !beats.isEmpty else { continue }
                said += 1
                #expect(personality.lines[.greeting].contains(memory.lastLine ?? ""))
            }
            #expect(said >= 60, "\(personality.name) greeted \(said) times in 200")
        }
    }
}
