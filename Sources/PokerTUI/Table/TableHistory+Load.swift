import PokerAI
import PokerEngine
import PokerGame
import PokerStore

extension TableHistory {
    /// How many earlier hands a resumed table's log brings back.
    public static let handsRestored = 3

    /// The history of a resumed `game`: the log of the last hands before the current one (each
    /// with its talk), the hand before the current one for `l`, and the notes.
    public static func load(store: any GameLibrary, game id: GameID, state: GameState) async throws(StoreError) -> TableHistory {
        let current = state.match.handsPlayed
        var hands: [StoredHand] = []
        for number in max(1, current - handsRestored)..<max(1, current) {
            hands.append(try await store.hand(game: id, number: number))
        }
        return make(hands: hands, game: state, humanSeat: state.setup.humanSeat, notes: try await store.notes(game: id))
    }

    /// The history from stored hands (oldest first).
    public static func make(hands: [StoredHand], game: GameState, humanSeat: Int?, notes: [Int: String]) -> TableHistory {
        var log: [LogEntry] = []
        var previous: PreviousHand?
        let anteStyle = game.match.config.schedule.anteStyle
        for stored in hands {
            guard let hand = try? stored.replay() else { continue }
            let names = stored.seats.map { game.name(ofSeat: $0) }
            let viewer = humanSeat.flatMap { stored.seats.firstIndex(of: $0) }
            log.append(TableNarrator.handStarted(number: stored.number, blinds: stored.blinds, anteStyle: anteStyle,
                                                 buttonName: game.name(ofSeat: stored.buttonSeat)))
            log += TableNarrator.entries(for: hand.events, hand: hand, handNumber: stored.number, names: names, viewer: viewer)
            let talk = stored.messages.map { message in
                TableMessage(seat: message.seat, kind: TableMessage.Kind(rawValue: message.kind.rawValue) ?? .system,
                             text: message.text, handNumber: message.handNumber ?? stored.number)
            }
            log += TableNarrator.entries(for: talk, names: game.setup.names)
            if hand.isComplete { previous = PreviousHand(number: stored.number, hand: hand, names: names, viewer: viewer) }
        }
        return TableHistory(log: log, previousHand: previous, notes: notes, coversTalk: !hands.isEmpty)
    }
}
