import PokerEngine

extension HandRecap {
    /// Summarises a finished hand. `allInEquity` holds each all-in player's equity (0…1, by
    /// **position**) at the moment the last money went in, computed by the caller; leave it empty
    /// when nobody was all-in before the river was dealt.
    public static func make(hand: Hand, context: TableContext, allInEquity: [Int: Double] = [:]) -> HandRecap {
        let bigBlind = context.bigBlind > .zero ? context.bigBlind : hand.config.minBet
        func seat(_ position: Int) -> Int {
            context.handSeats.indices.contains(position) ? context.handSeats[position] : position
        }
        let finishing = hand.finishingStacks ?? hand.stacks
        var players = (0..<hand.playerCount).map { p in
            PlayerRecap(
                seat: seat(p), position: p, name: context.name(ofPosition: p),
                startingStack: hand.config.startingStacks[p], finishingStack: finishing[p],
                putIn: hand.committed[p], won: .zero, net: finishing[p] - hand.config.startingStacks[p],
                netBigBlinds: (finishing[p] - hand.config.startingStacks[p]).inBigBlinds(bigBlind),
                holeCards: hand.holeCards[p], shownCards: nil, shownRank: nil, sawFlop: false,
                wentToShowdown: false, wonAtShowdown: false, wonUncontested: false, foldedOn: nil,
                wentAllIn: hand.committed[p] == hand.config.startingStacks[p], allInEquity: allInEquity[p])
        }
        var walker = ActionWalker(playerCount: hand.playerCount)
        var pots: [PotResult] = []
        for event in hand.events {
            walker.step(event, players: &players)
            if case let .potAwarded(_, amount, eligible, winners, shares, rank) = event {
                pots.append(PotResult(amount: amount, eligible: eligible.map(seat), winners: winners.map(seat),
                                      shares: shares, atShowdown: rank != nil))
                for (w, share) in zip(winners, shares) where players.indices.contains(w) {
                    players[w].won += share
                    if rank != nil { players[w].wonAtShowdown = true } else { players[w].wonUncontested = true }
                }
            }
        }
        let eliminations = players.filter(\.eliminated).map { busted in
            Elimination(seat: busted.seat,
                        by: pots.last { $0.eligible.contains(busted.seat) }?.winners.filter { $0 != busted.seat } ?? [])
        }
        return HandRecap(handNumber: context.handNumber, bigBlind: bigBlind, board: hand.board, players: players,
                         pots: pots, eliminations: eliminations, preflopAggressor: walker.preflopAggressor.map(seat))
    }
}
