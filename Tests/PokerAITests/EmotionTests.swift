import Testing
@testable import PokerAI

@Suite struct EmotionTests {
    @Test(arguments: [
        (-0.5, 0.8, 0.5, 0.5, DisplayEmotion.angry),
        (0.7, 0.7, 0.5, 0.5, .elated),
        (0.0, 0.9, 0.5, 0.5, .shocked),
        (0.55, 0.5, 0.8, 0.5, .smug),
        (-0.3, 0.6, 0.5, 0.5, .frustrated),
        (-0.3, 0.7, 0.5, 0.5, .frustrated),   // arousal ≤ 0.7 is still frustrated
        (-0.1, 0.4, 0.4, 0.5, .nervous),
        (0.3, 0.4, 0.6, 0.5, .confident),
        (0.35, 0.4, 0.4, 0.5, .happy),
        (0.0, 0.4, 0.6, 0.7, .thinking),
        (0.0, 0.6, 0.6, 0.5, .pokerFace),
        (-0.5, 0.7, 0.5, 0.5, .frustrated),   // angry needs arousal above 0.7
        (0.7, 0.6, 0.9, 0.5, .smug),          // elated needs arousal above 0.6
    ])
    func displayEmotionTable(valence: Double, arousal: Double, control: Double, focus: Double,
                             expected: DisplayEmotion) {
        let state = EmotionalState(valence: valence, arousal: arousal, control: control, focus: focus)
        #expect(state.display == expected)
    }

    @Test(arguments: [(0.6, "positive"), (0.3, "slightly positive"), (0.0, "neutral"), (-0.3, "slightly negative"),
                      (-0.6, "negative"), (0.5, "slightly positive"), (-0.2, "slightly negative")])
    func valenceWords(value: Double, words: String) { #expect(EmotionDescriptors.valence(value) == words) }

    @Test(arguments: [(0.8, "highly agitated"), (0.6, "restless"), (0.4, "alert"), (0.2, "calm"), (0.7, "restless")])
    func arousalWords(value: Double, words: String) { #expect(EmotionDescriptors.arousal(value) == words) }

    @Test(arguments: [(0.8, "in command"), (0.6, "steady"), (0.4, "wavering"), (0.2, "slipping")])
    func controlWords(value: Double, words: String) { #expect(EmotionDescriptors.control(value) == words) }

    @Test(arguments: [(0.8, "clear-headed"), (0.6, "focused"), (0.4, "distracted"), (0.2, "tunnel vision")])
    func focusWords(value: Double, words: String) { #expect(EmotionDescriptors.focus(value) == words) }

    @Test func baselineAtRestFollowsTheAnchors() {
        let calm = character(aggression: 0.5, chattiness: 0.5, emojiUsage: 0)
        let baseline = EmotionRules.baseline(traits: ElasticTraits(personality: calm), tilt: 0)
        #expect(close(baseline.valence, 0))
        #expect(close(baseline.arousal, 0.35 + 0.25 * 0.5))
        #expect(close(baseline.control, 0.7))
        #expect(close(baseline.focus, 0.7 - 0.15 * 0.5))
    }

    @Test func tiltDarkensTheBaseline() {
        let traits = ElasticTraits(personality: character(aggression: 0.5, chattiness: 0.5, emojiUsage: 0))
        let tilted = EmotionRules.baseline(traits: traits, tilt: 0.5)
        #expect(close(tilted.valence, -0.3))
        #expect(close(tilted.arousal, 0.475 + 0.15))
        #expect(close(tilted.control, 0.7 - 0.25))
        #expect(close(tilted.focus, 0.625 - 0.15))
    }

    @Test func stateDecaysThirtyPercentTowardTheBaselineEachHand() {
        var psychology = Psychology(personality: character(tiltResistance: 1))
        psychology.apply(PressureEvent(.praised))
        let before = psychology.emotion
        psychology.handFinished([])
        let baseline = psychology.baseline
        #expect(close(psychology.emotion.valence, before.valence + (baseline.valence - before.valence) * 0.3))
        #expect(close(psychology.emotion.control, before.control + (baseline.control - before.control) * 0.3))
    }

    @Test func clampingKeepsEveryNumberInRange() {
        let wild = EmotionalState(valence: -3, arousal: 2, control: -1, focus: 9).clamped()
        #expect(wild == EmotionalState(valence: -1, arousal: 1, control: 0, focus: 1))
    }
}
