extension Hand {
    /// Legal actions for `p`, who must be the player to act (PokerKit's can_* / verify_* rules).
    func legalActions(for p: Int) -> LegalActions {
        let maxBet = currentBet
        let owed = maxBet - bets[p]
        let call = min(stacks[p], owed)
        var block: RuleError.RaiseBlock?
        if stacks[p] <= owed {
            block = .stackOnlyCoversCall
        } else if call < raiseIncrement {
            // Facing only a short all-in after a full bet/raise this player already answered.
            block = .shortAllInDoesNotReopen
        } else if !shortAllIns.isEmpty && shortAllIns.sum() < raiseIncrement && acted[p] {
            block = .shortAllInDoesNotReopen
        } else if !(0..<playerCount).contains(where: { $0 != p && inHand[$0] && stacks[$0] + bets[$0] > maxBet }) {
            block = .noOpponentCanCall
        }
        var minTo: Chips?
        var maxTo: Chips?
        if block == nil {
            let allIn = stacks[p] + bets[p]
            minTo = min(allIn, max(raiseIncrement, config.minBet) + maxBet)
            maxTo = allIn
        }
        return LegalActions(player: p, canFold: bets[p] < maxBet, callAmount: call, minRaiseTo: minTo,
                            maxRaiseTo: maxTo, raiseBlock: block, currentBet: maxBet, playerBet: bets[p],
                            stack: stacks[p], potTotal: potTotal)
    }

    mutating func popActor(_ p: Int) {
        actorQueue.removeFirst()
        acted[p] = true
    }

    mutating func fold(_ p: Int) {
        popActor(p)
        inHand[p] = false
        events.append(.folded(player: p))
    }

    mutating func checkOrCall(_ p: Int) {
        let amount = min(stacks[p], currentBet - bets[p])
        popActor(p)
        move(amount, from: p)
        if amount == .zero {
            events.append(.checked(player: p))
        } else {
            events.append(.called(player: p, amount: amount, allIn: stacks[p] == .zero))
        }
    }

    mutating func betOrRaise(_ p: Int, to amount: Chips) {
        let maxBet = currentBet
        let increment = amount - maxBet
        let added = amount - bets[p]
        popActor(p)
        move(added, from: p)
        // Everyone else with chips behind acts again, starting left of the raiser.
        actorQueue.removeAll(keepingCapacity: true)
        for k in 1..<playerCount {
            let i = (p + k) % playerCount
            if inHand[i] && stacks[i] > .zero { actorQueue.append(i) }
        }
        opener = p
        if increment >= raiseIncrement {
            // A full raise reopens the betting for everybody (WSOP Rule 96).
            for i in acted.indices { acted[i] = false }
            acted[p] = true
        }
        raiseIncrement = max(raiseIncrement, increment)
        if stacks[p] > .zero {
            shortAllIns.removeAll()
        } else {
            shortAllIns.append(increment)
        }
        // Consecutive short all-ins adding up to a full raise reopen the betting (Rule 96a).
        if shortAllIns.sum() >= raiseIncrement { shortAllIns.removeAll() }
        events.append(.betOrRaised(player: p, to: amount, added: added, allIn: stacks[p] == .zero,
                                   opening: maxBet == .zero))
    }

    /// Moves chips from a stack to the player's bet.
    mutating func move(_ amount: Chips, from p: Int) {
        stacks[p] -= amount
        bets[p] += amount
        committed[p] += amount
    }

    /// PokerKit's effective stack: what `p` can still lose to the biggest other live stack.
    func effectiveStack(_ p: Int) -> Chips {
        guard inHand[p] else { return .zero }
        var largest = Chips.zero, second = Chips.zero
        for i in 0..<playerCount where inHand[i] {
            let total = bets[i] + stacks[i]
            if total > largest { second = largest; largest = total } else if total > second { second = total }
        }
        return min(stacks[p], max(.zero, second - bets[p]))
    }

    /// Starts the betting on the current street: the player after the largest blind/straddle
    /// preflop, position 0 afterwards; players without chips or without anyone to play against
    /// are skipped.
    mutating func beginBettingRound() {
        var maxIndex = 0
        var maxKey = Chips(-1)
        for i in 0..<playerCount {
            let listed = config.blindsOrStraddles[config.forcedBetIndex(i)]
            let key = listed > .zero ? bets[i] : .zero
            if key >= maxKey { maxKey = key; maxIndex = i }
        }
        opener = (maxIndex + 1) % playerCount
        actorQueue.removeAll(keepingCapacity: true)
        for k in 0..<playerCount {
            let i = (opener + k) % playerCount
            if inHand[i] && stacks[i] > .zero && effectiveStack(i) > .zero { actorQueue.append(i) }
        }
        raiseIncrement = .zero
        shortAllIns.removeAll()
        for i in acted.indices { acted[i] = false }
        if actorQueue.count == 1 && bets[actorQueue[0]] >= currentBet { actorQueue.removeAll() }
    }

    /// True when the current betting round has nobody left to act.
    var bettingRoundIsOver: Bool { actorQueue.isEmpty || liveCount <= 1 }
}
