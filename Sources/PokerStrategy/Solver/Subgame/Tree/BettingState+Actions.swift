import PokerEngine

extension BettingState {
    /// The legal actions the abstraction keeps for the player to act, passive first, then bets
    /// and raises by increasing amount (all-in last).
    func actions(_ abstraction: BetAbstraction) -> [SolverAction] {
        let p = toAct, o = 1 - toAct
        let owed = bets[o] - bets[p]
        var actions: [SolverAction] = owed > 0 ? [.fold, .call(Chips(min(owed, stacks[p])))] : [.check]
        // Engine rules: no raise when the stack only covers a call or the opponent is all-in.
        guard stacks[p] > owed, stacks[o] > 0 else { return actions }
        // Without donk bets, the out-of-position player may not lead into last street's aggressor.
        if isLaterStreet, !abstraction.donkBets, p == 0, currentBet == 0, previousAggressor == 1 { return actions }
        let sizing = abstraction.sizing(player: p, laterStreet: isLaterStreet)
        let allInTo = bets[p] + stacks[p]
        // Chips beyond what the opponent can match come back: an all-in in effect.
        let effectiveTo = min(allInTo, bets[o] + stacks[o])
        let minTo = min(allInTo, currentBet + max(lastFullRaise, minBet))
        var targets: [Int] = []
        if currentBet == 0 {
            targets = sizing.betFractions.map { Int((Double(pot) * $0).rounded()) }
        } else if raises < abstraction.maxRaisesPerStreet {
            targets = sizing.raiseMultiples.map { Int((Double(currentBet) * $0).rounded()) }
                + sizing.raisePotFractions.map { currentBet + Int((Double(pot + owed) * $0).rounded()) }
        }
        var amounts = Set<Int>()
        var wantsAllIn = sizing.allIn
        let room = Double(effectiveTo - bets[p])
        for target in targets {
            let to = max(target, minTo)
            if to >= effectiveTo || Double(effectiveTo - to) < abstraction.allInThreshold * room {
                wantsAllIn = true
            } else {
                amounts.insert(to)
            }
        }
        let aggressive: (Int) -> SolverAction = { currentBet == 0 ? .bet(to: Chips($0)) : .raise(to: Chips($0)) }
        actions += amounts.sorted().map(aggressive)
        if wantsAllIn { actions.append(.allIn(to: Chips(allInTo))) }
        return actions
    }
}
