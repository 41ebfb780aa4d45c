import Synchronization
import PokerEngine

/// Push-or-fold play at short stacks. Heads-up against the big blind alone, the small blind plays
/// the computed Nash push range for the effective depth; with more players behind, a hand is
/// pushed when its chip EV beats folding against callers who call with the Nash calling range
/// (each caller independently, the first caller treated as the only one).
enum PushFoldPlay {
    static func pushPlan(_ s: PreflopSituation) -> PreflopPlan {
        let depth = max(1, s.effectiveBigBlinds)
        let solution = NashTable.solution(depth: depth)
        var freq = ActionFrequencies()
        let bigBlindChecks = s.seat == .bb
        if s.playersBehind <= 1 && s.liveOpponents.count <= 1 && !bigBlindChecks {
            for combo in 0..<HoleCards.all.count {
                freq.raise[combo] = solution.push[ClassMatchups.classIndexOfCombo[combo]]
            }
        } else {
            let bb = Double(s.bigBlind.rawValue)
            let pot = Double(s.pot.rawValue) / bb
            let risk = Double((s.heroStack).rawValue) / bb
            let callers = max(1, s.playersBehind + (bigBlindChecks ? s.liveOpponents.count : 0))
            let callShare = solution.callShare
            let someoneCalls = 1 - pow(1 - callShare, callers)
            let callRange = solution.call
            let foldValue = 0.0
            for cls in 0..<ClassMatchups.classCount {
                let equity = PreflopEquity.equity(heroClass: cls, versusClasses: callRange)
                let called = equity * (pot + 2 * risk) - risk
                let value = (1 - someoneCalls) * pot + someoneCalls * called
                let push = value > foldValue + (bigBlindChecks ? 0.3 : 0) ? 1.0 : 0.0
                for combo in ClassMatchups.combosOfClass[cls] { freq.raise[combo] = push }
            }
        }
        if bigBlindChecks {
            for i in freq.call.indices { freq.call[i] = 1 - freq.raise[i] }
        }
        return PreflopPlan(frequencies: freq, raiseTo: s.heroStack + s.heroBet, raiseIsAllIn: true,
                           basis: "push/fold at \(Self.format(depth)) BB (Nash)")
    }

    static func pow(_ base: Double, _ exponent: Int) -> Double {
        (0..<max(0, exponent)).reduce(1.0) { result, _ in result * base }
    }

    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

/// Nash push/fold solutions by depth (half big blinds), solved on first use and kept.
enum NashTable {
    private static let cache = SolutionCache()

    static func solution(depth: Double) -> PushFoldSolver.Solution {
        let key = Int((min(max(depth, 1), PreflopStrategy.pushFoldDepth * 2) * 2).rounded())
        return cache.solution(key: key)
    }
}

/// A lock-protected memo of solutions (decisions may run on several threads). Solving twice in a
/// race is harmless: the solver is deterministic.
final class SolutionCache: Sendable {
    private let solutions = Mutex<[Int: PushFoldSolver.Solution]>([:])

    func solution(key: Int) -> PushFoldSolver.Solution {
        if let found = solutions.withLock({ $0[key] }) { return found }
        let solved = PushFoldSolver.solve(stack: Double(key) / 2, matchups: PreflopEquity.matchups, targetGain: 0.001)
        solutions.withLock { $0[key] = solved }
        return solved
    }
}
