import PokerEngine
import Testing
@testable import PokerAI

@Suite struct PsychologyTests {
    @Test func aCalmCharacterPlaysItsAnchors() {
        let keeper = character()
        let calm = Psychology(personality: keeper)
        #expect(calm.tilt.level == 0)
        let effective = calm.effectiveTraits
        for trait in [PersonalityTrait.aggression, .bluffTendency, .looseness] {
            #expect(abs(effective[trait] - keeper.traits[trait]) < 0.05, "\(trait)")
        }
        #expect(calm.statusLine(nemesisName: nil) == calm.displayEmotion.label)
        #expect(calm.promptSection(personality: keeper, nemesisName: nil).contains("You are not on tilt."))
    }

    @Test func aBadBeatTiltsAndShowsInEveryOutput() throws {
        let zeus = try #require(roster("Zeus"))   // tilt resistance 0.25
        var psychology = Psychology(personality: zeus)
        psychology.handFinished([PressureEvent(.lostAtShowdown, opponent: 1, bigBlinds: -100),
                                 PressureEvent(.badBeat, opponent: 1, bigBlinds: -100),
                                 PressureEvent(.bigLoss, opponent: 1, bigBlinds: -100)])
        #expect(close(psychology.tilt.level, (0.04 + 0.30 + 0.15) * 0.75 * 1.5))
        #expect(psychology.tilt.source == .badBeat)
        #expect(psychology.tilt.nemesis == 1)
        #expect([DisplayEmotion.angry, .frustrated, .shocked].contains(psychology.displayEmotion))
        #expect(psychology.effectiveTraits.looseness > zeus.traits.looseness + 0.1, "tilt loosens")
        let status = psychology.statusLine(nemesisName: "Bob")
        #expect(status.hasPrefix("tilt 0.55 (bad beat by Bob) · "))
        let prompt = psychology.promptSection(personality: zeus, nemesisName: "Bob")
        #expect(prompt.contains("Tilt: 0.55 of 1 (moderate), after a bad beat by Bob."))
        #expect(prompt.contains("What keeps running through your mind:"))
        #expect(prompt.contains("Current mindset: You are steaming."))
        #expect(prompt.contains("Bob"))
        #expect(!prompt.contains("{nemesis}"))
        #expect(psychology.intrusiveThoughts(nemesisName: "Bob").count == 3, "two thoughts and revenge")
    }

    @Test func thoughtsGrowWithTilt() {
        let keeper = character(tiltResistance: 0)
        for (level, count) in [(0.1, 0), (0.25, 1), (0.5, 2), (0.8, 2)] {
            var psychology = Psychology(personality: keeper)
            psychology.tilt = TiltState(level: level, source: .bigLoss)
            #expect(psychology.intrusiveThoughts(nemesisName: nil).count == count, "level \(level)")
        }
    }

    @Test func afterAWinStreakTheCharacterIsBoldAndRecoversLater() {
        let keeper = character(elasticity: 0.3, recovery: 0.15)
        var psychology = Psychology(personality: keeper)
        for _ in 0..<3 {
            psychology.handFinished([PressureEvent(.wonPot, bigBlinds: 40), PressureEvent(.bigWin, bigBlinds: 40)])
        }
        #expect(psychology.traits.aggression.value > keeper.traits.aggression + 0.1)
        #expect(psychology.traits.aggression.value <= keeper.traits.aggression + 0.3)
        #expect([DisplayEmotion.elated, .smug, .confident, .happy].contains(psychology.displayEmotion))
        for _ in 0..<60 { psychology.handFinished([]) }
        #expect(abs(psychology.traits.aggression.value - keeper.traits.aggression) < 0.001)
        #expect(abs(psychology.emotion.valence - psychology.baseline.valence) < 0.001)
    }

    @Test func theMimeStaysSilentWhateverTheMood() throws {
        let mime = try #require(roster("Pierrot the Mime"))
        var psychology = Psychology(personality: mime)
        psychology.handFinished([PressureEvent(.wonPot, bigBlinds: 60), PressureEvent(.bigWin),
                                 PressureEvent(.eliminatedOpponent)])
        psychology.apply(PressureEvent(.praised))
        #expect(psychology.effectiveTraits.chattiness == 0)
        #expect(psychology.effectiveTraits.emojiUsage == 0)
    }

    @Test func needlingRilesAndPraiseSoothes() {
        let keeper = character(tiltResistance: 0.2)
        var needled = Psychology(personality: keeper)
        needled.apply(PressureEvent(.needled, opponent: 0))
        #expect(needled.tilt.source == .needled && needled.tilt.nemesis == 0)
        #expect(needled.traits.aggression.value > keeper.traits.aggression)
        var praised = Psychology(personality: keeper)
        praised.apply(PressureEvent(.praised, opponent: 0))
        #expect(praised.tilt.level == 0)
        #expect(praised.emotion.valence > Psychology(personality: keeper).emotion.valence)
    }
}
