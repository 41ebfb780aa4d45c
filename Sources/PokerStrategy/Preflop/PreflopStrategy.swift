import PokerEngine

/// The core's preflop play: charts at normal depths (`PreflopCharts`), push/fold at 15 big blinds
/// or less (heads-up: the computed Nash equilibrium; more players behind: chip EV against Nash
/// calling ranges), and equity against the shover's range when facing an all-in or a raise that
/// commits most of the stack. Sizes: opens 2.5 BB (small blind 3, short stacks 2.2, +1 per
/// limper), 3-bets 3× in position and 4× out of it (+1× per caller), 4-bets 2.2×/2.5×, all-in
/// beyond; any raise that would commit 40% of the stack goes all-in.
public enum PreflopStrategy {
    /// Big blinds at or below which unopened pots are push-or-fold.
    public static let pushFoldDepth = 15.0

    /// The plan at `situation`. `shoverRange` (1,326 weights) is the last raiser's range when the
    /// hero faces an all-in; without it the shove is read as a Nash push (short) or a 5-bet (deep).
    public static func plan(_ situation: PreflopSituation, shoverRange: [Double]? = nil) -> PreflopPlan {
        let depth = situation.effectiveBigBlinds
        switch situation.kind {
        case .unopened, .limped:
            if depth <= pushFoldDepth { return PushFoldPlay.pushPlan(situation) }
        default:
            if situation.facingAllIn || committing(situation) {
                return AllInCall.plan(situation, shoverRange: shoverRange ?? AllInCall.defaultShoverRange(situation))
            }
        }
        var frequencies = PreflopCharts.frequencies(situation)
        if case let .facingOpen(opener, callers) = situation.kind, callers == 0, depth <= ReShove.depth {
            return ReShove.plan(situation, opener: opener, base: frequencies)
        }
        if situation.seat == .bb, case let .facingOpen(_, callers) = situation.kind, callers == 0 {
            frequencies = BigBlindDefence.widened(frequencies, situation: situation)
        }
        let size = raiseSize(situation)
        if size.closed { frequencies = frequencies.raisesAsCalls }
        return PreflopPlan(frequencies: frequencies, raiseTo: size.closed ? nil : size.to, raiseIsAllIn: size.allIn,
                           basis: basis(situation))
    }

    /// Calling would put in at least 40% of what the hero has left.
    static func committing(_ s: PreflopSituation) -> Bool {
        let total = s.heroStack + s.heroBet
        return total > .zero && Double((s.toCall + s.heroBet).rawValue) >= 0.4 * Double(total.rawValue)
    }

    /// The raise-to for the situation's raise action.
    public static func raiseSize(_ s: PreflopSituation) -> (to: Chips, allIn: Bool, closed: Bool) {
        let bb = Double(s.bigBlind.rawValue)
        let total = s.heroStack + s.heroBet
        let current = Double(s.currentBet.rawValue)
        let depth = s.effectiveBigBlinds
        var target: Double
        switch s.kind {
        case .unopened:
            target = bb * (depth <= 25 ? 2.2 : (s.seat == .sb ? 3 : 2.5))
        case let .limped(limpers):
            target = bb * ((s.seat == .bb ? 4 : 3.5) + Double(limpers))
        case let .facingOpen(opener, callers):
            let inPosition = s.seat.isInPosition(over: s.seat(of: opener))
            target = current * ((inPosition ? 3 : 4) + Double(callers))
        case let .facingThreeBet(threeBettor, _, _):
            target = current * (s.seat.isInPosition(over: s.seat(of: threeBettor)) ? 2.2 : 2.5)
        case .facingFourBet, .facingFiveBetOrMore:
            target = Double(total.rawValue)
        }
        let opponentsCanCall = s.liveOpponents.count > 0
        let closed = !opponentsCanCall || s.heroStack <= s.toCall || s.effectiveStack <= s.currentBet
        var to = Chips(Int(target.rounded()))
        let minimum = s.currentBet + max(s.bigBlind, s.lastRaiseIncrement)
        to = max(to, minimum)
        let allIn = Double(to.rawValue) >= 0.4 * Double(total.rawValue) || to >= total
        return (allIn ? total : to, allIn, closed)
    }

    static func basis(_ s: PreflopSituation) -> String {
        switch s.kind {
        case .unopened: return "\(s.seat.rawValue) open range"
        case .limped: return "\(s.seat.rawValue) against limpers"
        case let .facingOpen(opener, callers):
            return "\(s.seat.rawValue) vs \(s.seat(of: opener).rawValue) open" + (callers > 0 ? " with \(callers) caller(s)" : "")
        case let .facingThreeBet(threeBettor, _, _): return "\(s.seat.rawValue) vs \(s.seat(of: threeBettor).rawValue) 3-bet"
        case let .facingFourBet(fourBettor, _): return "\(s.seat.rawValue) vs \(s.seat(of: fourBettor).rawValue) 4-bet"
        case .facingFiveBetOrMore: return "\(s.seat.rawValue) vs a 5-bet"
        }
    }
}
