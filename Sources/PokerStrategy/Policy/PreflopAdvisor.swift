import PokerEngine

/// The core's preflop advice for the hero: the plan's frequencies for the hero's combo, turned
/// into legal actions, with the EV of calling against the raiser's narrowed range when there is
/// a price to pay.
enum PreflopAdvisor {
    static func advise(_ spot: DecisionSpot) -> CoreAdvice {
        let view = spot.view
        let situation = PreflopSituation(line: spot.line, before: spot.line.actions.count, player: view.seat)
        let shover = situation.raisers.last.map { spot.beliefs[$0].weights }
        let plan = PreflopStrategy.plan(situation, shoverRange: situation.facingAllIn ? shover : nil)
        var mix: (fold: Double, call: Double, raise: Double) = plan.mix(spot.hole)
        var equity: Double?
        var callEV: Double?
        if spot.toCall > .zero, let raiser = situation.raisers.last {
            let e = PreflopEquity.equity(heroClass: ClassMatchups.classIndexOfCombo[spot.hole.index],
                                         versus: spot.beliefs[raiser].weights)
            equity = e
            callEV = e * Double((spot.pot + spot.toCall).rawValue) - Double(spot.toCall.rawValue)
        }
        if situation.facingAllIn || PreflopStrategy.committing(situation),
           let multiway = multiwayCall(spot, situation: situation) {
            // Callers in front: the price is shared but so are the chances — judge by equity against all of them.
            equity = multiway.equity
            callEV = multiway.ev
            let call = multiway.equity >= multiway.required ? 1.0 : 0.0
            mix = (fold: 1 - call, call: call, raise: 0)
        }
        var options: [CoreAdvice.Option] = []
        options.append(spot.option(.fold, frequency: mix.fold, ev: 0))
        options.append(spot.option(.checkOrCall, frequency: mix.call, ev: spot.toCall > .zero ? callEV : nil))
        if mix.raise > 0 {
            if let target = plan.raiseTo, let raise = plan.raiseIsAllIn ? spot.legal.maxRaiseTo.map({ Action.betOrRaise(to: $0) })
                : spot.raise(to: target) {
                options.append(spot.option(raise, frequency: mix.raise))
            } else {
                options.append(spot.option(.checkOrCall, frequency: mix.raise, ev: callEV))
            }
        }
        return CoreAdvice(options: DecisionSpot.normalised(options), method: "preflop ranges", basis: plan.basis,
                          equity: equity)
    }

    /// Against an all-in that others have already called: the hero's equity against every live
    /// opponent who has put the all-in amount in (Monte Carlo over their narrowed ranges), the
    /// share of the final pot a call needs, and the call's value. Nil without such callers.
    static func multiwayCall(_ spot: DecisionSpot, situation: PreflopSituation)
        -> (equity: Double, required: Double, ev: Double)?
    {
        let callers = spot.opponents.filter { spot.view.bets[$0] >= situation.currentBet || spot.view.stacks[$0] == .zero }
        guard callers.count >= 2 else { return nil }
        guard let equity = HeroEquity.multiway(hole: spot.hole, board: [], ranges: callers.map { spot.beliefs[$0] },
                                               samples: 4_000, seed: UInt64(spot.hole.index) &+ 77) else { return nil }
        let pot = Double((spot.pot + spot.toCall).rawValue), call = Double(spot.toCall.rawValue)
        return (equity, call / pot, equity * pot - call)
    }
}
