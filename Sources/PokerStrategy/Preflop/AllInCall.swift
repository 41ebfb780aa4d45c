import PokerEngine

/// Facing an all-in (or a raise that commits most of the stack): continue when the hand's
/// equity against the shover's range pays for the call. The boundary is softened over two
/// equity points so near-indifferent hands mix. Re-raising is left to hands that beat the
/// shover's range by a wide margin when others behind still have chips.
enum AllInCall {
    static let softness = 0.02

    static func plan(_ s: PreflopSituation, shoverRange: [Double]) -> PreflopPlan {
        let required = s.requiredEquity
        let classWeights = PreflopEquity.classWeights(shoverRange)
        var freq = ActionFrequencies()
        let callersBehind = s.playersBehind
        // Players still to act could wake up with a hand: ask a little more.
        let margin = 0.015 * Double(callersBehind)
        for cls in 0..<ClassMatchups.classCount {
            let equity = PreflopEquity.equity(heroClass: cls, versusClasses: classWeights)
            let edge = equity - required - margin
            let call = min(1, max(0, 0.5 + edge / (2 * softness)))
            for combo in ClassMatchups.combosOfClass[cls] { freq.call[combo] = call }
        }
        let percent = Int((required * 100).rounded())
        return PreflopPlan(frequencies: freq, raiseTo: nil, raiseIsAllIn: false,
                           basis: "call the all-in with \(percent)%+ equity against the shover's range")
    }

    /// Without a read: a short shove is a Nash push at its depth, a deep one a 5-bet range.
    static func defaultShoverRange(_ s: PreflopSituation) -> [Double] {
        let shoverDepth = s.effectiveBigBlinds
        if shoverDepth <= PreflopStrategy.pushFoldDepth * 2 {
            let solution = NashTable.solution(depth: shoverDepth)
            return HoleCards.all.indices.map { solution.push[ClassMatchups.classIndexOfCombo[$0]] }
        }
        let fiveBet = PreflopCharts.cachedFiveBet
        let fourBet = PreflopCharts.cachedFourBet[false] ?? ActionFrequencies()
        return HoleCards.all.indices.map { i in max(min(1, fiveBet.raise[i] + fiveBet.call[i]), fourBet.raise[i]) }
    }
}
