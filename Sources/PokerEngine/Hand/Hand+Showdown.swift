extension Hand {
    /// Best hand of `p` with the current board, or nil before five cards are available.
    public func rank(of p: Int) -> HandRank? {
        guard holeCards[p].count + board.count >= 5 else { return nil }
        var cards = CardSet(board)
        for card in holeCards[p] { cards.insert(card) }
        return HandEvaluator.evaluate(cards)
    }

    /// Pots as they stand, PokerKit-style: layers of collected chips, won among players still in
    /// the hand whose total (with their current bet) reaches the layer; identical neighbours merged.
    public var pots: [Pot] { pots(live: inHand) }

    func pots(live: [Bool]) -> [Pot] {
        var collected = committed
        var pending = committed
        var dead = Chips.zero
        for i in 0..<playerCount {
            collected[i] -= bets[i]
            if !config.anteTrimming {
                collected[i] -= antesPosted[i]
                pending[i] -= antesPosted[i]
                dead += antesPosted[i]
            }
        }
        return Pot.build(collected: collected, pending: pending, live: live, deadMoney: dead)
    }

    /// PokerKit's `can_win_now`: `p` ties or beats every face-up hand in at least one pot it can win.
    func canWinNow(_ p: Int, ranks: [HandRank?], pots: [Pot]) -> Bool {
        guard let mine = ranks[p] else { return false }
        for pot in pots where pot.eligible.contains(p) {
            var best: HandRank?
            for i in pot.eligible where shown[i] {
                if let r = ranks[i], best.map({ r > $0 }) ?? true { best = r }
            }
            if best.map({ $0 <= mine }) ?? true { return true }
        }
        return false
    }

    /// Turns hands face up in showdown order (from the last aggressor, or the first player to act
    /// on the last street): everyone shows in an all-in; otherwise a player shows only a hand that
    /// can still win something and mucks the rest (PokerKit's automatic policy).
    mutating func revealAtShowdown() {
        if liveAtShowdown == nil { liveAtShowdown = inHand }
        // Mucking removes only face-down hands from the pots' eligible lists, which cannot change
        // what any later player can win, so the pots are computed once.
        let ranks = isAllInRunout ? [] : (0..<playerCount).map { rank(of: $0) }
        let currentPots = isAllInRunout ? [] : pots
        for k in 0..<playerCount {
            let p = (opener + k) % playerCount
            guard inHand[p] && !shown[p] else { continue }
            if config.isHidden(p) {
                // A hand the record never saw: mucked (face down in an all-in, or when every
                // other hand still in is hidden too, so somebody is left to win the pots).
                let othersKnown = (0..<playerCount).contains { $0 != p && inHand[$0] && !config.isHidden($0) }
                if !isAllInRunout && othersKnown {
                    inHand[p] = false
                    events.append(.mucked(player: p))
                }
                continue
            }
            if isAllInRunout || canWinNow(p, ranks: ranks, pots: currentPots) {
                shown[p] = true
                events.append(.showed(player: p, cards: holeCards[p], rank: isAllInRunout ? rank(of: p) : ranks[p]))
            } else {
                inHand[p] = false
                events.append(.mucked(player: p))
            }
        }
    }

    /// Pays every pot to its best hands. WSOP: each pot formed by the players still in at the
    /// showdown is split on its own. PokerKit: hands that can win nothing are killed first and
    /// pots with the same remaining players merge. Odd chips go to the first winner left of the
    /// button (the lowest position index).
    mutating func settleShowdown() {
        let ranks = (0..<playerCount).map { rank(of: $0) }
        let finalPots: [Pot]
        switch config.splitRule {
        case .pokerKit:
            let current = pots
            let killed = (0..<playerCount).filter { inHand[$0] && !canWinNow($0, ranks: ranks, pots: current) }
            for p in killed { inHand[p] = false }
            finalPots = pots
        case .wsop:
            finalPots = pots(live: liveAtShowdown ?? inHand)
        }
        for (index, pot) in finalPots.enumerated() {
            let contenders = pot.eligible.filter { inHand[$0] }
            guard let best = contenders.compactMap({ ranks[$0] }).max() else { continue }
            let winners = contenders.filter { ranks[$0] == best }
            let (share, odd) = pot.amount.divided(into: winners.count)
            var shares: [Chips] = []
            for (k, w) in winners.enumerated() {
                let amount = share + (k == 0 ? odd : .zero)
                stacks[w] += amount
                shares.append(amount)
            }
            paidOut += pot.amount
            events.append(.potAwarded(pot: index, amount: pot.amount, eligible: pot.eligible, winners: winners,
                                      shares: shares, rank: best))
        }
        finish()
    }
}
