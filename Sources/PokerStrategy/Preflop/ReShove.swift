import PokerEngine

/// Facing one open raise with 22 big blinds or less: re-shove or fold (a flat is rarely right this
/// short). A hand shoves when its chip EV beats folding: the opener folds unless it holds a hand
/// from its opening range that also calls a shove at this depth (the Nash calling range), players
/// still to act may wake up with one too, and called hands play for the effective stacks.
enum ReShove {
    static let depth = 22.0

    static func plan(_ s: PreflopSituation, opener: Int, base: ActionFrequencies) -> PreflopPlan {
        let openerSeat = s.seat(of: opener)
        let openRange = PreflopEquity.classWeights(PreflopCharts.cachedOpen[openerSeat]?.raise
            ?? PreflopCharts.cachedOpen[.utg]?.raise ?? [])
        let solution = NashTable.solution(depth: s.effectiveBigBlinds)
        let calling = zip(openRange, solution.call).map { $0 * $1 }
        let openMass = weighted(openRange), callMass = weighted(calling)
        let openerCalls = openMass > 0 ? callMass / openMass : 0
        let behindCalls = 1 - PushFoldPlay.pow(1 - solution.callShare * 0.5, s.playersBehind)
        let someoneCalls = 1 - (1 - openerCalls) * (1 - behindCalls)
        let bb = Double(s.bigBlind.rawValue)
        let pot = Double(s.pot.rawValue) / bb
        let total = Double(s.effectiveStack.rawValue) / bb
        let invested = Double(s.heroBet.rawValue) / bb
        let dead = max(0, pot - invested - Double(s.currentBet.rawValue) / bb)
        var freq = ActionFrequencies()
        for cls in 0..<ClassMatchups.classCount {
            let equity = PreflopEquity.equity(heroClass: cls, versusClasses: calling)
            let called = equity * (2 * total + dead) - (total - invested)
            let value = (1 - someoneCalls) * pot + someoneCalls * called
            for combo in ClassMatchups.combosOfClass[cls] {
                if value > 0.3 {
                    freq.raise[combo] = 1
                } else {
                    freq.call[combo] = min(1, (base.call[combo] + base.raise[combo]) * 0.3)
                }
            }
        }
        return PreflopPlan(frequencies: freq, raiseTo: s.heroStack + s.heroBet, raiseIsAllIn: true,
                           basis: "re-shove or fold at \(PushFoldPlay.format(s.effectiveBigBlinds)) BB by chip EV "
                               + "against the opener's calling range")
    }

    static func weighted(_ classWeights: [Double]) -> Double {
        zip(classWeights, PreflopClass.all).reduce(0) { $0 + $1.0 * Double($1.1.comboCount) }
    }
}
