import PokerEngine

extension TableScreen {
    /// The action bar on the human's turn: what it costs and what it can win, the clock, the keys.
    ///
    ///     Your turn · 12s + bank 60s · pot 90 · 35 to call · 28% · 2.6:1 · equity 41%
    ///     f fold  c call 35  r raise 80–1,500  a all-in 1,500  t talk  ? help
    static func yourTurn(_ state: TableState, _ legal: LegalActions, note: [Span]) -> (status: [Span], keys: [Span], note: [Span]) {
        let bb = bigBlindShown(state)
        func amount(_ chips: Chips) -> String { Format.amount(chips, bigBlind: bb) }
        var status: [Span] = [.text("Your turn", .highlight)]
        if let turnTime = state.settings.turnTime, let left = state.clock?.remaining(turnTime: turnTime, now: state.now) {
            let text = left.turn > .zero ? " \u{00B7} \(seconds(left.turn)) + bank \(seconds(left.bank))"
                : " \u{00B7} time bank \(seconds(left.bank))"
            status.append(.text(text, left.turn > .zero ? .highlight : .warning))
        }
        status.append(.text(" \u{00B7} pot \(amount(legal.potTotal))", .highlight))
        let equity = showsEquity(state) ? state.equity : nil
        if let odds = oddsLine(legal, equity: equity, inBigBlinds: bb) {
            status.append(.text(" \u{00B7} " + odds, .chip))
        } else if let equity {
            status.append(.text(" \u{00B7} equity \(Format.percent(equity.equity))", .chip))
        }
        let call = legal.canCheck ? "check" : (legal.callIsAllIn ? "call \(amount(legal.callAmount)) all-in"
                                              : "call \(amount(legal.callAmount))")
        let allIn = legal.maxRaiseTo ?? (legal.callIsAllIn ? legal.callAmount : nil)
        var range = ""
        if let minimum = legal.minRaiseTo, let maximum = legal.maxRaiseTo {
            range = minimum == maximum ? amount(minimum) : "\(amount(minimum))\u{2013}\(amount(maximum))"
        }
        let keys = hints([("f", "fold", legal.canFold), ("c", call, true),
                          ("r", (legal.isOpeningBet ? "bet " : "raise ") + range, legal.canRaise),
                          ("a", "all-in" + (allIn.map { " \(amount($0))" } ?? ""), allIn != nil),
                          ("t", "talk", true), ("?", "help", true)])
        return (status, keys, note)
    }

    /// Whole seconds, rounded up: `12s`.
    static func seconds(_ duration: Duration) -> String {
        "\(Int((duration / .seconds(1)).rounded(.up)))s"
    }

    /// The human is in the hand, with chips, and another player is to act: `1`–`4` work.
    static func canChooseAhead(_ state: TableState) -> Bool {
        guard state.phase == .inHand, state.humanLegal == nil, let hand = state.game.value.match.hand,
              let p = state.viewerPosition, !hand.isComplete else { return false }
        return hand.inHand[p] && hand.stacks[p] > .zero
    }

    /// The hand is over and the human's cards were not shown: `v` shows them.
    static func canShowCards(_ state: TableState) -> Bool {
        guard let hand = state.game.value.match.hand, hand.isComplete, let p = state.viewerPosition,
              hand.holeCards[p].count == 2 else { return false }
        return !hand.shown[p] && !state.humanShowed
    }
}
