import PokerEngine

/// The big blind closes the action and gets a price: against a small open it defends more. The
/// chart rows assume a 2.5 BB open (the big blind calls 1.5 to win 4.5 after calling: 25%); a
/// min-raise asks only 1 to win 4.5 (18%), so hands up to a wider share of the deck call — the
/// share grows as the price falls, from the chart's own at 2.5 BB to about 70% at a min-raise.
enum BigBlindDefence {
    static func widened(_ base: ActionFrequencies, situation s: PreflopSituation) -> ActionFrequencies {
        let open = s.currentBet.inBigBlinds(s.bigBlind)
        guard open < 2.45, open >= 1.5 else { return base }
        let target = min(0.72, 0.55 + 0.17 * (2.5 - open) / 0.5)
        var out = base
        for combo in out.call.indices {
            let strength = PreflopStrength.comboPercentile[combo]
            guard strength >= 1 - target else { continue }
            let extra = min(1, (strength - (1 - target)) / 0.04)
            out.call[combo] = max(out.call[combo], min(1 - out.raise[combo], extra))
        }
        return out
    }
}
