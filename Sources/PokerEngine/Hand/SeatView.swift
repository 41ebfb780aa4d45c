/// One seat's information set: everything public plus its own hole cards. AI players and the UI
/// receive the same kind of view, so nobody can be handed a card they may not see.
public struct SeatView: Hashable, Sendable, Codable {
    /// The viewer's position index.
    public let seat: Int
    public let config: HandConfig
    public let street: Street
    public let board: [Card]
    /// The viewer's own hole cards.
    public let holeCards: [Card]
    /// Face-up hole cards of other players (showdown), by position.
    public let shownCards: [Int: [Card]]
    public let stacks: [Chips]
    public let bets: [Chips]
    public let committed: [Chips]
    public let inHand: [Bool]
    public let pots: [Pot]
    public let actor: Int?
    /// Present only when the viewer is to act.
    public let legalActions: LegalActions?
    /// The hand's events with other players' hole cards removed until shown.
    public let events: [HandEvent]
    public let isComplete: Bool

    public var playerCount: Int { config.playerCount }
    public var isMyTurn: Bool { actor == seat }
    public var potTotal: Chips { committed.sum() - paidOut }
    let paidOut: Chips
}

extension Hand {
    /// The hand as `seat` may see it.
    public func view(for seat: Int) -> SeatView {
        var shownCards: [Int: [Card]] = [:]
        for p in 0..<playerCount where shown[p] && p != seat { shownCards[p] = holeCards[p] }
        let censored = events.map { event -> HandEvent in
            if case let .holeCardsDealt(p, _) = event, p != seat { return .holeCardsDealt(player: p, cards: []) }
            return event
        }
        return SeatView(seat: seat, config: config, street: street, board: board, holeCards: holeCards[seat],
                        shownCards: shownCards, stacks: stacks, bets: bets, committed: committed, inHand: inHand,
                        pots: pots, actor: actor, legalActions: actor == seat ? legalActions : nil,
                        events: censored, isComplete: isComplete, paidOut: paidOut)
    }
}
