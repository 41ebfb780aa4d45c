import PokerEngine

/// Builds a hand with scripted cards: `hole[i]` like "AsKd" for position i, `board` up to 5 cards.
public func scriptedHand(stacks: [Int], blinds: [Int], antes: [Int]? = nil, minBet: Int? = nil, trimming: Bool = true,
                         hole: [String], board: String = "", rule: PotSplitRule = .wsop) throws -> Hand {
    let holeCards = try hole.map { try Card.parseList($0).map { Optional($0) } }
    let deck = try Deck.arranged(holeCards: holeCards, board: try Card.parseList(board))
    var blindList = blinds.map { Chips($0) }
    while blindList.count < stacks.count { blindList.append(.zero) }
    let config = HandConfig(startingStacks: stacks.map { Chips($0) }, antes: antes?.map { Chips($0) },
                            blindsOrStraddles: blindList, minBet: Chips(minBet ?? blinds[1]),
                            anteTrimming: trimming, splitRule: rule)
    return try Hand.start(config, deck: deck)
}

extension Hand {
    /// Applies a list of (player, action) and fails loudly on the first illegal one.
    public mutating func play(_ moves: [(Int, Action)]) throws {
        for (player, action) in moves { try apply(action, by: player) }
    }
}
