import PokerTestSupport
import PokerEngine
import Testing
@testable import PokerAI

@Suite struct TalkDirectorTests {
    /// A moment drawn from a typical mix: mostly small pots, some big ones, a few all-ins.
    static func typicalMoment(_ dice: inout SeededGeneratorForTests, tableSilence: Int) -> TalkMoment {
        let roll = dice.unit()
        let pot = roll < 0.7 ? 1.5 + dice.unit() * 10 : roll < 0.93 ? 10 + dice.unit() * 30 : 30 + dice.unit() * 70
        let allIn = dice.unit() < 0.04
        let street = Street(rawValue: Int(dice.unit() * 4)) ?? .preflop
        return TalkMoment(potBigBlinds: pot, allIn: allIn, eliminationRisk: allIn && dice.unit() < 0.5,
                          street: street, tableSilence: tableSilence)
    }

    static func typicalAction(_ dice: inout SeededGeneratorForTests) -> TalkAction {
        let roll = dice.unit()
        return roll < 0.45 ? .fold : roll < 0.65 ? .call : roll < 0.85 ? .check : roll < 0.98 ? .raise : .allIn
    }

    /// Share of actions followed by talk for one character, over `count` seeded routine-heavy actions.
    static func talkRate(_ personality: Personality, count: Int = 3000, seed: UInt64 = 1) -> Double {
        var memory = TalkMemory()
        var dice = SeededGeneratorForTests(seed: seed)
        var talked = 0
        for index in 0..<count {
            let moment = typicalMoment(&dice, tableSilence: 0)
            let beats = TalkDirector.afterAction(typicalAction(&dice), moment: moment, personality: personality,
                                                 traits: personality.traits, memory: &memory,
                                                 seed: TalkSeed.make(gameSeed: seed, handNumber: index, seat: 0, beat: 0))
            if !beats.isEmpty { talked += 1 }
        }
        return Double(talked) / Double(count)
    }

    @Test func aTypicalTableTalksOnFifteenToFortyPercentOfActions() throws {
        // Six-seat tables drawn from the bundled roster, acting in turn, table silence tracked.
        #expect(bundledRoster.count >= 20)
        var dice = SeededGeneratorForTests(seed: 42)
        var actions = 0, talked = 0, longestSilence = 0
        for table in 0..<40 {
            let seats = (0..<6).map { _ in bundledRoster[Int(dice.unit() * Double(bundledRoster.count))] }
            var memories = Array(repeating: TalkMemory(), count: 6)
            var silence = 0
            for turn in 0..<150 {
                let seat = turn % 6
                let moment = Self.typicalMoment(&dice, tableSilence: silence)
                let seed = TalkSeed.make(gameSeed: UInt64(table), handNumber: turn / 6, seat: seat, beat: turn)
                let beats = TalkDirector.afterAction(Self.typicalAction(&dice), moment: moment,
                                                     personality: seats[seat], traits: seats[seat].traits,
                                                     memory: &memories[seat], seed: seed)
                actions += 1
                if beats.isEmpty { silence += 1 } else { talked += 1; silence = 0 }
                longestSilence = max(longestSilence, silence)
            }
        }
        let rate = Double(talked) / Double(actions)
        #expect((0.15...0.40).contains(rate), "talk after \(Int(rate * 100))% of actions")
        #expect(longestSilence <= 20, "the table went quiet for \(longestSilence) actions")
    }

    @Test func chattyCharactersTalkMoreThanQuietOnes() throws {
        let chef = try #require(roster("Chef Gustave Brûlé"))        // chattiness 0.95
        let scrooge = try #require(roster("Ebenezer Scrooge"))       // 0.45
        let librarian = try #require(roster("Mrs. Agatha Quill"))    // 0.20
        let rates = [chef, scrooge, librarian].map { Self.talkRate($0) }
        #expect(rates[0] > rates[1] && rates[1] > rates[2], "rates \(rates)")
        #expect(rates[0] < 0.5, "even the chef is not spammy: \(rates[0])")
        #expect(rates[2] > 0.05, "even the librarian says something: \(rates[2])")
    }

    @Test func bigMomentsBringMoreTalk() {
        let keeper = character(chattiness: 0.5)
        func rate(_ moment: TalkMoment) -> Double {
            var talked = 0
            for seed in 0..<2000 {
                var memory = TalkMemory()
                let beats = TalkDirector.afterAction(.call, moment: moment, personality: keeper, traits: keeper.traits,
                                                     memory: &memory, seed: UInt64(seed))
                if !beats.isEmpty { talked += 1 }
            }
            return Double(talked) / 2000
        }
        let routine = rate(TalkMoment(potBigBlinds: 3))
        let climactic = rate(TalkMoment(potBigBlinds: 60, allIn: true, eliminationRisk: true, street: .river))
        #expect(TalkMoment(potBigBlinds: 60, allIn: true, eliminationRisk: true).drama == .climactic)
        #expect(climactic > routine + 0.25, "routine \(routine), climactic \(climactic)")
    }

    @Test(arguments: [
        (3.0, false, false, Street.preflop, DramaLevel.routine),
        (25.0, false, false, .flop, .notable),
        (25.0, false, false, .river, .highStakes),
        (8.0, true, false, .preflop, .highStakes),
        (60.0, true, false, .turn, .climactic),
        (8.0, true, true, .preflop, .climactic),
    ])
    func dramaTable(pot: Double, allIn: Bool, risk: Bool, street: Street, level: DramaLevel) {
        #expect(TalkMoment(potBigBlinds: pot, allIn: allIn, eliminationRisk: risk, street: street).drama == level)
    }

    @Test func momentAfterAnAllInFromTheHand() throws {
        var hand = try scriptedHand(stacks: [1000, 1000, 300], blinds: [5, 10], hole: ["AsAh", "KdKc", "7c2d"])
        try hand.play([(2, bet(300))])
        let moment = TalkMoment(after: hand, bigBlind: 10)
        #expect(moment.allIn && moment.eliminationRisk)
        #expect(moment.potBigBlinds == 31.5)
        #expect(moment.drama == .climactic)
    }

    @Test func theMimeOnlyGestures() throws {
        let mime = try #require(roster("Pierrot the Mime"))
        var memory = TalkMemory()
        var beats: [TalkBeat] = []
        for seed in 0..<3000 {
            let moment = TalkMoment(potBigBlinds: Double(seed % 80), allIn: seed % 13 == 0)
            beats += TalkDirector.afterAction(TalkAction.allCases[seed % 5], moment: moment, personality: mime,
                                              traits: mime.traits, memory: &memory, seed: UInt64(seed))
            var m = TalkMemory()
            let recap = HandRecap(handNumber: 1, bigBlind: 10, board: [], players: [], pots: [], eliminations: [],
                                  preflopAggressor: nil)
            beats += TalkDirector.commentary(on: recap, seat: 0, events: [], personality: mime, traits: mime.traits,
                                             memory: &m, seed: UInt64(seed))
            beats += TalkDirector.reply(to: HumanChat(text: "Pierrot, you fool", to: mime), personality: mime,
                                        traits: mime.traits, tilt: 0, memory: &m, seed: UInt64(seed))
        }
        #expect(beats.count > 500)
        #expect(beats.allSatisfy { $0.kind == .gesture }, "\(beats.first { $0.kind == .speech }?.text ?? "")")
    }

    @Test func theSameSeedAndMemorySayTheSameThing() throws {
        let zeus = try #require(roster("Zeus"))
        func run() -> ([[TalkBeat]], TalkMemory) {
            var memory = TalkMemory()
            let said = (0..<200).map { i in
                TalkDirector.afterAction(.raise, moment: TalkMoment(potBigBlinds: Double(i % 40)), personality: zeus,
                                         traits: zeus.traits, memory: &memory,
                                         seed: TalkSeed.make(gameSeed: 99, handNumber: i, seat: 3, beat: 0))
            }
            return (said, memory)
        }
        let (first, memoryA) = run()
        let (second, memoryB) = run()
        #expect(first == second)
        #expect(memoryA == memoryB)
        #expect(TalkSeed.make(gameSeed: 1, handNumber: 2, seat: 3, beat: 4)
                != TalkSeed.make(gameSeed: 1, handNumber: 2, seat: 4, beat: 4))
    }

    @Test func neverTheSameLineTwiceInARow() throws {
        for personality in bundledRoster {
            var memory = TalkMemory()
            var last: String?
            for seed in 0..<300 {
                let before = memory.remarks
                _ = TalkDirector.afterAction(.fold, moment: TalkMoment(potBigBlinds: 80, allIn: true),
                                             personality: personality, traits: personality.traits,
                                             memory: &memory, seed: UInt64(seed))
                guard memory.remarks > before else { continue }
                #expect(memory.lastLine != last, "\(personality.name) repeated \(last ?? "")")
                last = memory.lastLine
            }
        }
    }

    @Test func emojiOnlyWithEmojiUsage() throws {
        let noEmoji = try #require(roster("Sherlock Holmes"))   // emoji_usage 0
        let surfer = try #require(roster("Kai Makana"))          // emoji_usage 0.9
        func speech(_ p: Personality, traits: Traits) -> [String] {
            var memory = TalkMemory()
            return (0..<1500).flatMap { seed in
                TalkDirector.afterAction(.raise, moment: TalkMoment(potBigBlinds: 30, allIn: true), personality: p,
                                         traits: traits, memory: &memory, seed: UInt64(seed))
            }.filter { $0.kind == .speech }.map(\.text)
        }
        let holmes = speech(noEmoji, traits: noEmoji.traits)
        #expect(!holmes.isEmpty && holmes.allSatisfy { !TalkLine.containsEmoji($0) })
        var silentEmoji = surfer.traits
        silentEmoji.emojiUsage = 0
        #expect(speech(surfer, traits: silentEmoji).allSatisfy { !TalkLine.containsEmoji($0) },
                "canned emoji are removed when the character is not using emoji now")
        let kai = speech(surfer, traits: surfer.traits)
        let share = Double(kai.filter(TalkLine.containsEmoji).count) / Double(kai.count)
        #expect(share > 0.75, "Kai's remarks with emoji: \(share)")
    }

    @Test(arguments: [
        ("*tips hat* Evening, partner.", [TalkBeat(kind: .gesture, text: "tips hat"), TalkBeat(kind: .speech, text: "Evening, partner.")]),
        ("Raising. *slides chips* Try me.", [TalkBeat(kind: .speech, text: "Raising."), TalkBeat(kind: .gesture, text: "slides chips"),
                                             TalkBeat(kind: .speech, text: "Try me.")]),
        ("*shrugs*.", [TalkBeat(kind: .gesture, text: "shrugs")]),
        ("5 * 3 = 15", [TalkBeat(kind: .speech, text: "5 * 3 = 15")]),
        ("Safe harbour. 🌊", [TalkBeat(kind: .speech, text: "Safe harbour. 🌊")]),
    ])
    func linesBecomeBeats(line: String, beats: [TalkBeat]) {
        #expect(TalkLine.beats(line) == beats)
    }
}
