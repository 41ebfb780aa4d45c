import PokerEngine

extension SubgameRoot {
    /// The root for the player to act in `view`, when exactly two players are left after the flop.
    /// The player with the lower position index acts first after the flop and is out of position
    /// (player 0 here); `positions` maps solver players back to table positions. This street's
    /// raises, last full raise and checks are read from the view's events.
    public init(view: SeatView) throws(SubgameError) {
        let live = view.inHand.indices.filter { view.inHand[$0] }
        guard live.count == 2 else { throw .notHeadsUp }
        guard view.street != .preflop else { throw .boardSize(view.board.count) }
        guard let actor = view.actor, let toAct = live.firstIndex(of: actor) else { throw .actorAllIn }
        var raises = 0, lastFullRaise = Chips.zero, currentBet = Chips.zero, hasCheck = false
        let streetStart = view.events.lastIndex { if case .boardDealt = $0 { true } else { false } } ?? view.events.endIndex
        for event in view.events[streetStart...] {
            switch event {
            case .checked: hasCheck = true
            case let .betOrRaised(_, to, _, _, opening):
                if !opening { raises += 1 }
                lastFullRaise = max(lastFullRaise, to - currentBet)
                currentBet = max(currentBet, to)
            default: break
            }
        }
        self.init(board: view.board, pot: view.potTotal, bets: live.map { view.bets[$0] },
                  stacks: live.map { view.stacks[$0] }, toAct: toAct, lastFullRaise: lastFullRaise,
                  raisesThisStreet: raises, streetHasCheck: hasCheck, minBet: view.config.minBet)
        try validate()
    }

    /// The table positions of the out-of-position and in-position players in `view`.
    public static func positions(in view: SeatView) -> [Int] {
        view.inHand.indices.filter { view.inHand[$0] }
    }
}
