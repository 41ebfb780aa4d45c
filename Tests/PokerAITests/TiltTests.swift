import Testing
@testable import PokerAI

@Suite struct TiltTests {
    @Test(arguments: [(0.0, 1.5), (0.5, 0.75), (0.8, 0.3), (1.0, 0.0)])
    func susceptibilityFallsWithTiltResistance(resistance: Double, expected: Double) {
        #expect(close(TiltRules.susceptibility(resistance: resistance), expected))
    }

    @Test(arguments: [
        // resistance, event, expected level after one hand from calm
        (0.0, PressureEvent.Kind.badBeat, 0.45),
        (0.5, .badBeat, 0.225),
        (1.0, .badBeat, 0.0),
        (0.5, .bluffCalled, 0.15),
        (0.5, .bigLoss, 0.1125),
        (0.5, .lostAtShowdown, 0.03),
        (0.5, .needled, 0.045),
    ])
    func risesAreScaledBySusceptibility(resistance: Double, kind: PressureEvent.Kind, expected: Double) {
        var tilt = TiltState()
        tilt.absorb([PressureEvent(kind, opponent: 2)], resistance: resistance)
        #expect(close(tilt.level, expected))
    }

    @Test func winsLowerTiltWhateverTheResistance() {
        for resistance in [0.0, 0.5, 1.0] {
            var tilt = TiltState(level: 0.5)
            tilt.absorb([PressureEvent(.wonPot, bigBlinds: 25), PressureEvent(.bigWin, bigBlinds: 25)],
                        resistance: resistance)
            #expect(close(tilt.level, 0.5 - 0.10 - 0.10), "won 25 BB: −(0.05 + 0.05) − 0.10")
        }
    }

    @Test(arguments: [
        // start level, resistance, level after one hand of decay: level − 0.01 − level × (0.04 + 0.06 r)
        (0.5, 0.5, 0.5 - 0.01 - 0.5 * 0.07),
        (0.5, 0.0, 0.5 - 0.01 - 0.5 * 0.04),
        (0.5, 1.0, 0.5 - 0.01 - 0.5 * 0.10),
        (0.005, 0.5, 0.0),
    ])
    func decayEachHand(start: Double, resistance: Double, expected: Double) {
        var tilt = TiltState(level: start, source: .badBeat, nemesis: 1)
        tilt.decay(resistance: resistance)
        #expect(close(tilt.level, expected))
    }

    @Test func tiltFadesToNothingAndForgetsItsSource() {
        var tilt = TiltState()
        tilt.absorb([PressureEvent(.badBeat, opponent: 3)], resistance: 0.3)
        #expect(tilt.source == .badBeat)
        #expect(tilt.nemesis == 3)
        var hands = 0
        while tilt.level > 0 {
            tilt.decay(resistance: 0.3)
            hands += 1
        }
        #expect((10...40).contains(hands), "a bad beat wears off in a few dozen hands, took \(hands)")
        #expect(tilt.source == nil)
        #expect(tilt.nemesis == nil)
    }

    @Test func theLargestRiseNamesTheSourceAndNemesis() {
        var tilt = TiltState()
        tilt.absorb([PressureEvent(.lostAtShowdown, opponent: 1), PressureEvent(.bigLoss, opponent: 1),
                     PressureEvent(.badBeat, opponent: 1)], resistance: 0.5)
        #expect(tilt.source == .badBeat)
        #expect(tilt.nemesis == 1)
        tilt.absorb([PressureEvent(.needled, opponent: 4)], resistance: 0.5)
        #expect(tilt.source == .needled)
        #expect(tilt.nemesis == 4)
    }

    @Test func aLosingStreakTiltsFromTheThirdLossAndAWinEndsIt() {
        var tilt = TiltState()
        let loss = [PressureEvent(.lostAtShowdown, opponent: 2)]
        tilt.absorb(loss, resistance: 0.5)
        tilt.absorb(loss, resistance: 0.5)
        #expect(close(tilt.level, 0.06))
        #expect(tilt.source == nil, "two plain losses name no source")
        tilt.absorb(loss, resistance: 0.5)
        #expect(tilt.losingStreak == 3)
        #expect(close(tilt.level, 0.09 + 0.06))
        #expect(tilt.source == .losingStreak)
        tilt.absorb([PressureEvent(.wonPot, bigBlinds: 5)], resistance: 0.5)
        #expect(tilt.losingStreak == 0)
    }

    @Test func cheapFoldsNeitherTiltNorBreakTheStreak() {
        var tilt = TiltState(level: 0, losingStreak: 2)
        tilt.absorb([], resistance: 0.5)
        #expect(tilt.losingStreak == 2)
        #expect(tilt.level == 0)
    }

    @Test(arguments: [(0.0, TiltCategory.none), (0.19, .none), (0.2, .mild), (0.39, .mild), (0.4, .moderate),
                      (0.69, .moderate), (0.7, .severe), (1.0, .severe)])
    func categories(level: Double, category: TiltCategory) {
        #expect(TiltCategory(level: level) == category)
    }

    @Test func levelStaysWithinZeroAndOne() {
        var tilt = TiltState()
        for _ in 0..<10 { tilt.absorb([PressureEvent(.badBeat), PressureEvent(.bigLoss)], resistance: 0) }
        #expect(tilt.level == 1)
        for _ in 0..<10 { tilt.absorb([PressureEvent(.wonPot), PressureEvent(.bigWin)], resistance: 0) }
        #expect(tilt.level == 0)
    }
}
