import PokerEngine

/// The values of the heads-up push/fold game for one stack depth (see `PushFoldSolver`), from
/// each player's point of view, in big blinds won or lost relative to the start of the hand.
struct PushFoldGame {
    let n = ClassMatchups.classCount
    let stack: Double
    let ante: Double
    let matchups: ClassMatchups

    init(stack: Double, ante: Double, matchups: ClassMatchups) {
        self.stack = max(1, stack)
        self.ante = ante
        self.matchups = matchups
    }

    /// Small blind: folding loses the small blind and ante; pushing wins the blinds and antes when
    /// the big blind folds and the showdown otherwise.
    func pusherValues(call: [Double]) -> (push: [Double], fold: Double) {
        let fold = -(0.5 + ante)
        var push = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var total = 0.0, weight = 0.0
            for j in 0..<n {
                let w = matchups.pairs[i * n + j]
                guard w > 0 else { continue }
                let e = matchups.equity[i * n + j]
                total += w * ((1 - call[j]) * (1 + ante) + call[j] * (stack * (2 * e - 1)))
                weight += w
            }
            push[i] = weight > 0 ? total / weight : fold
        }
        return (push, fold)
    }

    /// Big blind facing a push: calling plays for the stacks; folding loses the big blind and ante.
    /// Values are conditional on the push (hands the small blind never pushes weigh nothing).
    func callerValues(push: [Double]) -> (call: [Double], fold: Double) {
        let fold = -(1 + ante)
        var call = [Double](repeating: fold, count: n)
        for j in 0..<n {
            var total = 0.0, weight = 0.0
            for i in 0..<n {
                let w = matchups.pairs[j * n + i] * push[i]
                guard w > 0 else { continue }
                total += w * stack * (2 * matchups.equity[j * n + i] - 1)
                weight += w
            }
            if weight > 0 { call[j] = total / weight }
        }
        return (call, fold)
    }

    /// The small blind's expected value per hand for strategies `push` and `call`.
    func pusherValue(push: [Double], call: [Double]) -> Double {
        var total = 0.0, weight = 0.0
        let fold = -(0.5 + ante)
        for i in 0..<n {
            for j in 0..<n {
                let w = matchups.pairs[i * n + j]
                guard w > 0 else { continue }
                let e = matchups.equity[i * n + j]
                let pushed = (1 - call[j]) * (1 + ante) + call[j] * stack * (2 * e - 1)
                total += w * (push[i] * pushed + (1 - push[i]) * fold)
                weight += w
            }
        }
        return total / weight
    }

    /// How much each side gains by switching to its best response against the other's strategy.
    func bestResponseGains(push: [Double], call: [Double]) -> (pusher: Double, caller: Double) {
        let value = pusherValue(push: push, call: call)
        let pushValues = pusherValues(call: call)
        let bestPush = pushValues.push.map { $0 > pushValues.fold ? 1.0 : 0.0 }
        let callValues = callerValues(push: push)
        let bestCall = callValues.call.map { $0 > callValues.fold ? 1.0 : 0.0 }
        let pusherBest = pusherValue(push: bestPush, call: call)
        let callerBest = pusherValue(push: push, call: bestCall)   // the big blind minimises the small blind's value
        return (max(0, pusherBest - value), max(0, value - callerBest))
    }
}
