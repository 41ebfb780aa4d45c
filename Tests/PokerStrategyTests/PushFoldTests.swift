import PokerEngine
import Testing
@testable import PokerStrategy

@Suite struct PushFoldTests {
    static let tenBigBlinds = PushFoldSolver.solve(stack: 10, matchups: PreflopEquity.matchups, targetGain: 0.001)

    @Test func tenBigBlindRangesAreAnEquilibrium() {
        let solution = Self.tenBigBlinds
        // Neither side can gain a hundredth of a big blind per hand by deviating.
        #expect(solution.pusherGain < 0.01)
        #expect(solution.callerGain < 0.01)
        // The small blind pushes a wide range and the big blind calls a narrower one.
        #expect(solution.pushShare > 0.4 && solution.pushShare < 0.75)
        #expect(solution.callShare > 0.2 && solution.callShare < solution.pushShare)
    }

    @Test func strongHandsPushAndCallWeakHandsFold() {
        let solution = Self.tenBigBlinds
        func index(_ name: String) -> Int { PreflopClass.all.firstIndex(of: PreflopClass(name)!)! }
        for strong in ["AA", "KK", "AKo", "A2s", "K9s"] { #expect(solution.push[index(strong)] > 0.95, "\(strong)") }
        for strong in ["AA", "KK", "AKo", "TT"] { #expect(solution.call[index(strong)] > 0.95, "\(strong)") }
        #expect(solution.push[index("72o")] < 0.05)
        #expect(solution.call[index("72o")] < 0.05)
        #expect(solution.call[index("J4o")] < 0.05)
    }

    @Test func shorterStacksPushWider() {
        let five = PushFoldSolver.solve(stack: 5, matchups: PreflopEquity.matchups)
        let fifteen = PushFoldSolver.solve(stack: 15, matchups: PreflopEquity.matchups)
        #expect(five.pushShare > Self.tenBigBlinds.pushShare)
        #expect(Self.tenBigBlinds.pushShare > fifteen.pushShare)
        #expect(five.callShare > fifteen.callShare)
    }

    @Test func gainsMeasureDeviation() {
        // A pusher that shoves everything is exploitable: the big blind's best response gains a lot.
        let game = PushFoldGame(stack: 10, ante: 0, matchups: PreflopEquity.matchups)
        let always = [Double](repeating: 1, count: ClassMatchups.classCount)
        let gains = game.bestResponseGains(push: always, call: Self.tenBigBlinds.call)
        #expect(gains.caller > 0.1)
    }
}

