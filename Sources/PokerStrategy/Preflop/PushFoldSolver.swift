import PokerEngine

/// Heads-up push/fold: the small blind (button) moves all-in or folds, the big blind calls or
/// folds. The equilibrium is computed, not copied: CFR+ on the 169 × 169 class game with exact
/// card removal (`ClassMatchups`), run until each side's best response gains less than the target
/// against the other's average strategy. Values are in big blinds; blinds 0.5/1 and an optional
/// ante per player.
public enum PushFoldSolver {
    public struct Solution: Sendable {
        /// Stack (big blinds) both players start the hand with, blinds included.
        public let stack: Double
        public let ante: Double
        /// Share of each class (by `PreflopClass.all` order) the small blind pushes / the big blind calls with.
        public let push: [Double]
        public let call: [Double]
        /// What each side's best response gains over its equilibrium strategy (big blinds per hand).
        public let pusherGain: Double
        public let callerGain: Double
        public let iterations: Int

        /// Share of the 1,326 combos pushed / called.
        public var pushShare: Double { Self.share(push) }
        public var callShare: Double { Self.share(call) }

        static func share(_ freq: [Double]) -> Double {
            var total = 0.0
            for (i, cls) in PreflopClass.all.enumerated() { total += freq[i] * Double(cls.comboCount) }
            return total / Double(HoleCards.all.count)
        }
    }

    /// Solves the game for effective `stack` big blinds (≥ 1) and `ante` per player.
    public static func solve(stack: Double, ante: Double = 0, matchups: ClassMatchups,
                             targetGain: Double = 0.001, maxIterations: Int = 20_000) -> Solution {
        let game = PushFoldGame(stack: stack, ante: ante, matchups: matchups)
        var pusher = RegretPair(count: game.n), caller = RegretPair(count: game.n)
        var iterations = 0
        while iterations < maxIterations {
            iterations += 1
            let pushValues = game.pusherValues(call: caller.current)
            pusher.update(first: pushValues.push, second: Array(repeating: pushValues.fold, count: game.n),
                          weight: Double(iterations))
            let callValues = game.callerValues(push: pusher.current)
            caller.update(first: callValues.call, second: Array(repeating: callValues.fold, count: game.n),
                          weight: Double(iterations))
            if iterations % 25 == 0 {
                let gains = game.bestResponseGains(push: pusher.average, call: caller.average)
                if gains.pusher < targetGain && gains.caller < targetGain { break }
            }
        }
        let gains = game.bestResponseGains(push: pusher.average, call: caller.average)
        return Solution(stack: stack, ante: ante, push: pusher.average, call: caller.average, pusherGain: gains.pusher,
                        callerGain: gains.caller, iterations: iterations)
    }
}

/// CFR+ bookkeeping for a two-action choice per class: regrets floored at zero, the current
/// strategy by regret matching, and a linearly weighted average strategy.
struct RegretPair {
    var firstRegret: [Double], secondRegret: [Double]
    var current: [Double]
    var averageSum: [Double]
    var weightSum = 0.0

    init(count: Int) {
        firstRegret = [Double](repeating: 0, count: count)
        secondRegret = firstRegret
        current = [Double](repeating: 0.5, count: count)
        averageSum = firstRegret
    }

    /// Share of the first action in the average strategy.
    var average: [Double] { weightSum > 0 ? averageSum.map { $0 / weightSum } : current }

    /// One iteration: `first[i]` and `second[i]` are the values of each action for class i.
    mutating func update(first: [Double], second: [Double], weight: Double) {
        for i in current.indices {
            let value = current[i] * first[i] + (1 - current[i]) * second[i]
            firstRegret[i] = max(0, firstRegret[i] + first[i] - value)
            secondRegret[i] = max(0, secondRegret[i] + second[i] - value)
            let total = firstRegret[i] + secondRegret[i]
            current[i] = total > 0 ? firstRegret[i] / total : 0.5
            averageSum[i] += weight * current[i]
        }
        weightSum += weight
    }
}
