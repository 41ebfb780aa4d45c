import PokerEngine

/// Turns a finished hand into the pressure events one seat lived through (rules in
/// ``PressureRules``). Uses only what that seat knows: its own cards, the board, shown hands,
/// the money, and the all-in equities the caller computed.
public enum PressureDetector {
    /// The events for `seat` (empty when it was not dealt in or nothing happened to it).
    public static func events(recap: HandRecap, for seat: Int) -> [PressureEvent] {
        guard let me = recap[seat: seat] else { return [] }
        let bb = me.netBigBlinds
        let startBB = me.startingStack.inBigBlinds(recap.bigBlind)
        var events: [PressureEvent] = []
        func add(_ kind: PressureEvent.Kind, _ opponent: Int? = nil) {
            events.append(PressureEvent(kind, opponent: opponent, bigBlinds: bb))
        }
        let beatenBy = recap.beatenBy(seat)
        switch me.outcome {
        case .won where bb < PressureRules.minimumWinBigBlinds:
            break
        case .won:
            add(.wonPot)
            if bb >= PressureRules.bigWinBigBlinds
                || (bb >= PressureRules.minimumBigBlinds && bb >= PressureRules.bigWinStackShare * startBB) {
                add(.bigWin)
            }
            if me.net >= me.startingStack { add(.doubledUp) }
            if isSuccessfulBluff(me, recap: recap) { add(.successfulBluff) }
        case .lostAtShowdown:
            add(.lostAtShowdown, beatenBy)
            if isBadBeat(me, recap: recap) { add(.badBeat, beatenBy) }
            if isBluffCalled(me, recap: recap) { add(.bluffCalled, beatenBy) }
        case .folded:
            if -bb >= PressureRules.costlyFoldBigBlinds { add(.costlyFold, beatenBy) }
        case .brokeEven:
            break
        }
        if -bb >= PressureRules.bigLossBigBlinds
            || (-bb >= PressureRules.minimumBigBlinds && -bb >= PressureRules.bigLossStackShare * startBB) {
            add(.bigLoss, beatenBy)
        }
        if me.finishingStack > .zero, -bb >= PressureRules.minimumBigBlinds,
           Double(me.finishingStack.rawValue) <= PressureRules.crippledStackShare * Double(me.startingStack.rawValue) {
            add(.crippled, beatenBy)
        }
        for busted in recap.eliminations where busted.by.contains(seat) {
            events.append(PressureEvent(.eliminatedOpponent, opponent: busted.seat, bigBlinds: bb))
        }
        if me.eliminated { add(.eliminated, recap.eliminators(of: seat).first ?? beatenBy) }
        return events
    }

    /// Lost at showdown although it was ahead when all the money went in: equity ≥ 60%, or the
    /// favourite (highest, ≥ 40%) of three or more all-in players.
    static func isBadBeat(_ me: PlayerRecap, recap: HandRecap) -> Bool {
        guard let mine = me.allInEquity else { return false }
        if mine >= PressureRules.badBeatEquity { return true }
        let others = recap.players.filter { $0.seat != me.seat }.compactMap(\.allInEquity)
        return others.count >= 2 && mine >= PressureRules.badBeatFavouriteEquity && others.allSatisfy { $0 < mine }
    }

    /// Bet or raised after the flop with a weak hand (judged on the board of that street), was
    /// called down and showed down the weakest hand: below every hand shown against it.
    static func isBluffCalled(_ me: PlayerRecap, recap: HandRecap) -> Bool {
        guard let street = me.lastAggressionStreet,
              HandStrength.isWeak(hole: me.holeCards, board: Array(recap.board.prefix(street.boardSize)))
        else { return false }
        let full = CardSet(me.holeCards + recap.board)
        guard full.count >= 5 else { return false }
        let mine = HandEvaluator.evaluate(full)
        let shown = recap.players.filter { $0.seat != me.seat && $0.wentToShowdown }.compactMap { other -> HandRank? in
            guard let cards = other.shownCards else { return nil }
            let set = CardSet(cards + recap.board)
            return set.count >= 5 ? HandEvaluator.evaluate(set) : nil
        }
        return !shown.isEmpty && shown.allSatisfy { mine < $0 }
    }

    /// Won uncontested after betting or raising on the turn or river with a weak hand.
    static func isSuccessfulBluff(_ me: PlayerRecap, recap: HandRecap) -> Bool {
        guard me.wonUncontested, !me.wonAtShowdown, let street = me.lastAggressionStreet, street >= .turn else {
            return false
        }
        return HandStrength.isWeak(hole: me.holeCards, board: Array(recap.board.prefix(street.boardSize)))
    }
}
