import PokerAI
import PokerEngine
import PokerGame

extension TableScreen {
    /// Whether this table shows the equity hint: the setting, and never in pro or competitive
    /// games (the hint is the pot odds alone there).
    static func showsEquity(_ state: TableState) -> Bool {
        state.settings.equityHint && [GameMode.casual, .standard].contains(state.game.value.mode)
    }

    /// Asks for the human's equity in the current spot when the hint is on and it is not known.
    static func equityRequest(_ state: inout TableState) -> [TableCommand] {
        guard showsEquity(state), let job = equityJob(state) else { return [] }
        if let known = state.equity, known.handNumber == job.handNumber, known.boardCount == job.board.count,
           known.opponents == job.opponents {
            return []
        }
        return [.estimateEquity(job)]
    }

    /// The spot the human is in: cards, board, opponents still in.
    static func equityJob(_ state: TableState) -> EquityJob? {
        let game = state.game.value
        guard let hand = game.match.hand, let p = state.viewerPosition, hand.inHand[p], hand.holeCards[p].count == 2 else {
            return nil
        }
        let opponents = hand.inHand.indices.filter { $0 != p && hand.inHand[$0] }.count
        let number = game.match.handsPlayed
        let seed = game.seed &+ UInt64(number) &* 0x9E37_79B9 &+ UInt64(hand.board.count)
        return EquityJob(handNumber: number, holeCards: hand.holeCards[p], board: hand.board, opponents: opponents,
                         seed: seed, samples: 4_000)
    }

    /// A computed equity, kept when it still answers the spot on the table.
    static func receiveEquity(_ state: inout TableState, _ estimate: EquityEstimate) {
        guard let job = equityJob(state), job.handNumber == estimate.handNumber, job.board.count == estimate.boardCount,
              job.opponents == estimate.opponents else { return }
        state.equity = estimate
    }

    /// "35 to call · pot odds 3:1 · need 25% · equity 41%": what calling costs against what it can win.
    static func oddsLine(_ legal: LegalActions, equity: EquityEstimate?, inBigBlinds bigBlind: Chips?) -> String? {
        guard legal.callAmount > .zero else { return nil }
        let call = legal.callAmount, pot = legal.potTotal
        let needed = Double(call.rawValue) / Double((pot + call).rawValue)
        let ratio = Double(pot.rawValue) / Double(call.rawValue)
        var text = "\(Format.amount(call, bigBlind: bigBlind)) to call \u{00B7} \(Format.percent(needed)) \u{00B7} \(Format.odds(ratio)):1"
        if let equity { text += " \u{00B7} equity \(Format.percent(equity.equity))" }
        return text
    }
}
