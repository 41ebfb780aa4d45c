import PokerAI
import PokerEngine
import PokerGame

extension TableScreen {
    /// `1`–`4` before the human's turn: arm a decision (the same key again disarms it).
    static func armAdvance(_ state: inout TableState, _ action: AdvanceAction) {
        if state.humanLegal != nil {
            state.problem = "It is your turn: f, c, r or a."
            return
        }
        guard state.phase == .inHand, let hand = state.game.value.match.hand, let p = state.viewerPosition,
              hand.inHand[p], hand.stacks[p] > .zero else {
            state.problem = "Advance moves are for a hand you are still in."
            return
        }
        state.problem = nil
        state.advanceAction = state.advanceAction == action ? nil : action
    }

    /// When the human's turn comes with a move chosen in advance: that move, or nothing (a
    /// `check` facing a bet stands down and the human decides).
    static func playAdvance(_ state: inout TableState) -> [TableCommand]? {
        guard let chosen = state.advanceAction, let legal = state.humanLegal else { return nil }
        guard let action = chosen.action(for: legal) else {
            state.advanceAction = nil
            state.problem = "There is a bet: your advance check stood down."
            return nil
        }
        state.advanceAction = chosen.staysArmed(after: action) ? chosen : nil
        return humanActs(&state, action)
    }

    /// `v` after a hand the human won uncontested or lost without showing: the cards go face up
    /// for the table, and the log says so (saved with the game's talk).
    static func showCards(_ state: inout TableState) -> [TableCommand] {
        let game = state.game.value
        guard let human = state.humanSeat, let hand = game.match.hand, hand.isComplete, state.runout == nil,
              let p = state.viewerPosition, hand.holeCards[p].count == 2 else {
            state.problem = "You can show your cards when a hand you played is over."
            return []
        }
        guard !hand.shown[p], !state.humanShowed else {
            state.problem = "Your cards are already face up."
            return []
        }
        state.humanShowed = true
        state.problem = nil
        let cards = hand.holeCards[p].map(\.description).joined(separator: " ")
        let message = TableMessage(seat: nil, kind: .system, text: "\(game.name(ofSeat: human)) shows \(cards).",
                                   handNumber: game.match.handsPlayed)
        var step = GameStep()
        step.messages = [message]
        state.game.update { $0.record([message]) }
        state.log.append([LogEntry([.text(TableNarrator.act(TableNarrator.clean(game.name(ofSeat: human)), "show") + " ", .highlight)]
                                   + Span.cards(hand.holeCards[p]), hand: game.match.handsPlayed)])
        state.log.follow()
        return [.save(.talk(step, state.game.value))]
    }
}
