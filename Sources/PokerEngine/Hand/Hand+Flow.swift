extension Hand {
    /// Antes first (collected at once), then blinds and straddles; short stacks post what they
    /// have. The listed amounts are read through the heads-up reversal, as PokerKit does.
    mutating func postForcedBets() {
        for i in 0..<playerCount {
            let ante = min(config.antes[config.forcedBetIndex(i)], config.startingStacks[i])
            guard ante > .zero else { continue }
            move(ante, from: i)
            antesPosted[i] = ante
            events.append(.antePosted(player: i, amount: ante))
        }
        if antesPosted.contains(where: { $0 > .zero }) {
            // Ante collection: with trimming, an ante above everyone else's is returned.
            if config.anteTrimming { returnUnmatchedBets(survivor: nil) }
            for i in bets.indices { bets[i] = .zero }
        }
        for i in 0..<playerCount {
            let listed = config.blindsOrStraddles[config.forcedBetIndex(i)]
            let blind = min(listed, config.startingStacks[i] - antesPosted[i])
            guard blind > .zero else { continue }
            move(blind, from: i)
            events.append(.blindPosted(player: i, amount: blind))
        }
    }

    /// Two hole cards each, one at a time, starting at position 0.
    mutating func dealHoleCards() {
        for _ in 0..<2 {
            for i in 0..<playerCount {
                if let card = deck.deal() { holeCards[i].append(card) }
            }
        }
        for i in 0..<playerCount {
            events.append(.holeCardsDealt(player: i, cards: config.isHidden(i) ? [] : holeCards[i]))
        }
    }

    /// Burns one card and deals the next street.
    mutating func dealNextStreet() {
        guard let next = street.next else { return }
        _ = deck.deal()
        var cards: [Card] = []
        for _ in 0..<next.cardsDealt {
            if let card = deck.deal() { cards.append(card) }
        }
        board += cards
        street = next
        events.append(.boardDealt(street: next, cards: cards))
    }

    /// Returns to each player the part of their bet nobody else matched (the excess over the
    /// second-largest bet). With one player left, that player's unmatched chips come back.
    mutating func returnUnmatchedBets(survivor: Int?) {
        var largest = Chips.zero, second = Chips.zero, top = -1
        for i in bets.indices {
            if bets[i] > largest { second = largest; largest = bets[i]; top = i } else if bets[i] > second { second = bets[i] }
        }
        guard top >= 0, largest > second else { return }
        if let survivor, survivor != top { return }
        let excess = largest - second
        bets[top] -= excess
        committed[top] -= excess
        stacks[top] += excess
        events.append(.uncalledBetReturned(player: top, amount: excess))
    }

    /// Runs every automatic step until a player must decide or the hand is over.
    mutating func runAutomaticSteps() {
        while !isComplete && bettingRoundIsOver {
            endBettingRound()
            if liveCount == 1 {
                awardUncontested()
                return
            }
            if street == .river || isAllInRunout {
                revealAtShowdown()
            }
            if street == .river {
                settleShowdown()
                return
            }
            dealNextStreet()
            beginBettingRound()
        }
    }

    /// Ends the betting round: decides whether the board runs out, returns uncalled chips and
    /// clears the bets into the pots.
    mutating func endBettingRound() {
        actorQueue.removeAll()
        if liveCount > 1 {
            var withChips = 0
            for i in 0..<playerCount where inHand[i] && stacks[i] > .zero { withChips += 1 }
            if withChips <= 1 { isAllInRunout = true }
        }
        if street == .river && stacks.contains(.zero) { isAllInRunout = true }
        if bets.contains(where: { $0 > .zero }) {
            returnUnmatchedBets(survivor: liveCount == 1 ? inHand.firstIndex(of: true) : nil)
            for i in bets.indices { bets[i] = .zero }
        }
    }

    /// Everybody else folded: the last player takes every chip in the middle.
    mutating func awardUncontested() {
        guard let winner = inHand.firstIndex(of: true) else { return }
        let amount = committed.sum() - paidOut
        stacks[winner] += amount
        paidOut += amount
        events.append(.potAwarded(pot: 0, amount: amount, eligible: [winner], winners: [winner], shares: [amount], rank: nil))
        finish()
    }

    mutating func finish() {
        isComplete = true
        actorQueue.removeAll()
        events.append(.handEnded(finishingStacks: stacks))
    }
}
