import PokerEngine

/// The betting state at the decision a heads-up postflop solve starts from, possibly in the
/// middle of a street. Player 0 is out of position (acts first after the flop), player 1 in
/// position. Amounts are whole chips as the engine counts them: `bets` are this street's totals in
/// front of each player ("raise to" amounts), `stacks` what each has behind.
///
/// Legality follows the engine (PokerKit / WSOP): the minimum raise-to is the current bet plus the
/// larger of the last full raise increment and `minBet`, capped by the stack; nobody may raise
/// when the opponent is all-in; a check is not possible facing a bet, nor a fold when checking is
/// free. `SubgameRoot(view:)` fills one from a `SeatView`.
public struct SubgameRoot: Hashable, Sendable, Codable {
    /// Three, four or five distinct board cards.
    public var board: [Card]
    /// Every chip in the middle, this street's bets (`bets`) included.
    public var pot: Chips
    /// This street's bet in front of each player, `[oop, ip]`.
    public var bets: [Chips]
    /// Chips behind, `[oop, ip]`.
    public var stacks: [Chips]
    /// 0 when the out-of-position player acts, 1 for the player in position.
    public var toAct: Int
    /// The largest bet or raise increment on this street so far (0 before any bet).
    public var lastFullRaise: Chips
    /// Raises on this street after the opening bet (the opening bet itself does not count).
    public var raisesThisStreet: Int
    /// True once a player has checked on this street (the in-position player can only be first
    /// to act facing no bet after the out-of-position player checked).
    public var streetHasCheck: Bool
    /// The smallest bet (the big blind).
    public var minBet: Chips

    public init(board: [Card], pot: Chips, bets: [Chips] = [.zero, .zero], stacks: [Chips], toAct: Int,
                lastFullRaise: Chips = .zero, raisesThisStreet: Int = 0, streetHasCheck: Bool? = nil, minBet: Chips) {
        self.board = board
        self.pot = pot
        self.bets = bets
        self.stacks = stacks
        self.toAct = toAct
        self.lastFullRaise = lastFullRaise
        self.raisesThisStreet = raisesThisStreet
        // Facing no bet, the player in position only acts after a check.
        self.streetHasCheck = streetHasCheck ?? (toAct == 1 && bets.allSatisfy { $0 == .zero })
        self.minBet = minBet
    }

    /// The street of the decision, from the board size.
    public var street: Street { board.count == 3 ? .flop : board.count == 4 ? .turn : .river }

    /// Chips in the middle from earlier streets (and folded players).
    public var deadPot: Chips { pot - bets.sum() }

    /// Checks the state is a decision the engine could present; every problem has its own case.
    public func validate() throws(SubgameError) {
        guard (3...5).contains(board.count) else { throw .boardSize(board.count) }
        guard CardSet(board).count == board.count else { throw .duplicateBoardCard }
        guard bets.count == 2, stacks.count == 2 else { throw .notHeadsUp }
        guard toAct == 0 || toAct == 1 else { throw .invalidPlayerToAct(toAct) }
        guard minBet > .zero else { throw .nonPositiveMinBet }
        if let p = (0..<2).first(where: { bets[$0] < .zero || stacks[$0] < .zero }) { throw .negativeChips(player: p) }
        guard deadPot >= .zero else { throw .potSmallerThanBets(pot: pot, bets: bets.sum()) }
        guard pot > .zero else { throw .emptyPot }
        guard lastFullRaise >= .zero, raisesThisStreet >= 0 else { throw .negativeRaiseCount }
        let actor = toAct, other = 1 - toAct
        guard stacks[actor] > .zero else { throw .actorAllIn }
        guard bets[actor] <= bets[other] else { throw .actorAhead }
        if bets[actor] == bets[other] {
            guard bets[actor] == .zero else { throw .betsAlreadyMatched }
            guard streetHasCheck == (actor == 1) else { throw .inconsistentCheck(toAct: actor) }
        }
    }
}
