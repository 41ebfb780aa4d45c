import PokerEngine

/// The situation right after a player acted, as table talk sees it.
public struct TalkMoment: Codable, Sendable, Hashable {
    /// Chips in the middle, in big blinds.
    public var potBigBlinds: Double
    /// Someone still in the hand is all in.
    public var allIn: Bool
    /// An all-in player could be knocked out (somebody still in covers them).
    public var eliminationRisk: Bool
    /// The street the action happened on.
    public var street: Street
    /// Actions at the whole table since anybody last spoke or gestured (kept by the caller);
    /// long silences make talk more likely, so an offline table never goes quiet.
    public var tableSilence: Int

    public init(potBigBlinds: Double, allIn: Bool = false, eliminationRisk: Bool = false, street: Street = .preflop,
                tableSilence: Int = 0) {
        self.potBigBlinds = potBigBlinds
        self.allIn = allIn
        self.eliminationRisk = eliminationRisk
        self.street = street
        self.tableSilence = tableSilence
    }

    /// The moment after the last action of `hand`.
    public init(after hand: Hand, bigBlind: Chips, tableSilence: Int = 0) {
        var street = Street.preflop
        var actionStreet = Street.preflop
        for event in hand.events {
            if case let .boardDealt(s, _) = event { street = s }
            if event.isDecision { actionStreet = street }
        }
        let players = 0..<hand.playerCount
        let allInPlayers = players.filter { hand.inHand[$0] && hand.stacks[$0] == .zero && hand.committed[$0] > .zero }
        let risk = allInPlayers.contains { p in
            players.contains { q in
                q != p && hand.inHand[q] && hand.committed[q] + hand.stacks[q] >= hand.committed[p]
            }
        }
        self.init(potBigBlinds: hand.potTotal.inBigBlinds(bigBlind), allIn: !allInPlayers.isEmpty,
                  eliminationRisk: risk, street: actionStreet, tableSilence: tableSilence)
    }

    /// The drama of the moment.
    public var drama: DramaLevel {
        var points = 0
        if potBigBlinds >= DramaRules.bigPotBigBlinds { points += 1 }
        if potBigBlinds >= DramaRules.hugePotBigBlinds { points += 1 }
        if allIn { points += DramaRules.allInPoints }
        if eliminationRisk { points += DramaRules.eliminationPoints }
        if street == .river { points += DramaRules.lateStreetPoints }
        return DramaLevel(points: points)
    }
}
