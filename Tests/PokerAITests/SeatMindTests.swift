import PokerTestSupport
import Foundation
import PokerEngine
import Testing
@testable import PokerAI

@Suite struct SeatMindTests {
    /// A mind that has lived a little: a bad beat, a taunt, some talk.
    func experiencedMind() throws -> (SeatMind, Personality) {
        let zeus = try #require(roster("Zeus"))
        var mind = SeatMind(personality: zeus)
        var hand = try scriptedHand(stacks: [2000, 1000, 1000], blinds: [5, 10],
                                    hole: ["AsAh", "KdKc", "7c2d"], board: "Kh7d2s9hTc")
        try hand.play([(2, fold), (0, bet(2000)), (1, call)])
        let r = recap(hand, equity: [0: 0.82, 1: 0.18])
        let events = mind.observe(r, seat: 0)
        #expect(kinds(events).contains(.badBeat))
        mind.hear(HumanChat(text: "Zeus plays like a donkey", to: zeus, from: 1))
        _ = mind.talk(after: .raise, moment: TalkMoment(potBigBlinds: 40, allIn: true), personality: zeus, seed: 5)
        _ = mind.commentary(on: r, seat: 0, events: events, personality: zeus, seed: 6)
        _ = mind.reply(to: HumanChat(text: "Zeus, nice hand", to: zeus), personality: zeus, seed: 7)
        return (mind, zeus)
    }

    @Test func observeFeedsPsychologySessionAndModels() throws {
        let (mind, _) = try experiencedMind()
        #expect(mind.psychology.tilt.level > 0.4)
        #expect(mind.psychology.tilt.nemesis == 1)
        #expect(mind.psychology.hands == 1)
        #expect(mind.session.handsPlayed == 1)
        #expect(mind.session.streak == -1)
        #expect(Set(mind.opponents.keys) == [1, 2])
        #expect(mind.opponents[1]?.shownHands.first?.cards == (try Card.parseList("KdKc")))
        let context = tableContext(names: ["Zeus", "Bob", "Cid"])
        #expect(mind.statusLine(context: context).hasPrefix("tilt "))
        #expect(mind.statusLine(context: context).contains("by Bob"))
        let prompt = mind.promptSection(personality: try #require(roster("Zeus")), context: context)
        #expect(prompt.contains("Bob") && prompt.contains("Session: 1 hand, won 0; down 100.0 BB."))
    }

    @Test func aSeatNotDealtInStillRecovers() throws {
        var (mind, _) = try experiencedMind()
        let before = mind.psychology.tilt.level
        var hand = try scriptedHand(stacks: [1000, 1000, 1000], blinds: [5, 10], hole: ["7c2d", "AhAd", "KsKc"])
        try hand.play([(2, fold), (0, fold)])
        // Seats 3, 4, 5 played; this mind sits in seat 0 and was out.
        let events = mind.observe(recap(hand, context: tableContext(names: ["Zeus", "Bob", "Cid", "Dee", "Eve", "Fay"],
                                                                   handSeats: [3, 4, 5])), seat: 0)
        #expect(events.isEmpty)
        #expect(mind.psychology.tilt.level < before)
        #expect(mind.session.handsPlayed == 1)
        #expect(Set(mind.opponents.keys) == [1, 2, 3, 4, 5])
    }

    @Test func codableRoundTrip() throws {
        let (mind, _) = try experiencedMind()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(mind)
        let decoded = try JSONDecoder().decode(SeatMind.self, from: data)
        #expect(decoded == mind)
        #expect(try encoder.encode(decoded) == data)
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.contains("\"opponents\":{\"1\":"), "opponents keyed by seat number")
    }

    @Test func aResumedMindSaysAndFeelsTheSame() throws {
        let (mind, zeus) = try experiencedMind()
        var original = mind
        var resumed = try JSONDecoder().decode(SeatMind.self, from: JSONEncoder().encode(mind))
        for i in 0..<50 {
            let moment = TalkMoment(potBigBlinds: Double(i % 30), street: .flop)
            let seed = TalkSeed.make(gameSeed: 3, handNumber: i, seat: 0, beat: 0)
            #expect(original.talk(after: .call, moment: moment, personality: zeus, seed: seed)
                    == resumed.talk(after: .call, moment: moment, personality: zeus, seed: seed))
            original.psychology.handFinished([])
            resumed.psychology.handFinished([])
        }
        #expect(original == resumed)
    }
}
