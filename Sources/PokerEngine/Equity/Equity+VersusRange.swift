extension Equity {
    /// The share of the pot `hand` wins all-in against a weighted `range`, exactly: every combo of
    /// the range that fits the known cards, every completion of the board, each combo counted with
    /// its weight (0...1).
    ///
    /// - Flop, turn and river boards enumerate the run-outs directly (about 1 ms against a full
    ///   range on the flop, microseconds on the river; see `RangeShowdown`).
    /// - Preflop without dead cards reads `PreflopEquityTable.installedTable` when one is
    ///   installed; otherwise, and with one or two board cards, each combo is enumerated exactly.
    ///
    /// Throws when a card is used twice or when no combo of the range fits.
    public static func equity(_ hand: HoleCards, vsRange range: HandRange, board: [Card] = [],
                              dead: CardSet = CardSet()) throws(EquityError) -> Double {
        guard board.count <= 5 else { throw .boardTooLong(board.count) }
        var known = CardSet()
        for card in board + Array(dead) + [hand.high, hand.low] {
            if known.contains(card) { throw .duplicateCard(card) }
            known.insert(card)
        }
        let boardCards = CardSet(board)
        if board.count >= 3 {
            let (won, total) = RangeShowdown(hero: hand, range: range, board: boardCards, dead: dead).run()
            guard total > 0 else { throw .impossibleRange(player: 2, range: range.description) }
            return won / total
        }
        if board.isEmpty, dead.isEmpty, let table = PreflopEquityTable.installedTable {
            guard let equity = table.equity(hand, vs: range) else {
                throw .impossibleRange(player: 2, range: range.description)
            }
            return equity
        }
        var won = 0.0, total = 0.0
        for combo in range.combos where combo.cards.cards.isDisjoint(with: known) {
            let tally = BoardEnumerator(holes: [hand.cards, combo.cards.cards], board: boardCards,
                                        live: CardSet.full.subtracting(known).subtracting(combo.cards.cards)).tally()
            won += combo.weight * Double(tally.shares[0]) / Double(ShowdownTally.pot)
            total += combo.weight * Double(tally.boards)
        }
        guard total > 0 else { throw .impossibleRange(player: 2, range: range.description) }
        return won / total
    }
}
