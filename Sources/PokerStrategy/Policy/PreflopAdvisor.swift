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
        let mix = plan.mix(spot.hole)
        var equity: Double?
        var callEV: Double?
        if spot.toCall > .zero, let raiser = situation.raisers.last {
            let e = PreflopEquity.equity(heroClass: ClassMatchups.classIndexOfCombo[spot.hole.index],
                                         versus: spot.beliefs[raiser].weights)
            equity = e
            callEV = e * Double((spot.pot + spot.toCall).rawValue) - Double(spot.toCall.rawValue)
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
}
