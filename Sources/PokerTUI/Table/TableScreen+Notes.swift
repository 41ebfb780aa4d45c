import PokerEngine

extension TableScreen {
    /// `N`: the notes box on the first other player (or the one last noted).
    static func openNotes(_ state: inout TableState) {
        guard let seat = noteSeats(state).first else {
            state.problem = "There is nobody to take notes on."
            return
        }
        state.problem = nil
        state.overlay = .notes(seat: seat, text: state.notes[seat] ?? "")
    }

    /// The seats a note can be about: everyone but the human, in seat order.
    static func noteSeats(_ state: TableState) -> [Int] {
        state.game.value.setup.seats.indices.filter { $0 != state.humanSeat }
    }

    /// Keys in the notes box: ↑↓ (or Tab) another player, typing edits, Enter keeps the note
    /// (saved with the game), Esc closes without keeping the change.
    static func notesKey(_ state: inout TableState, _ key: Key, seat: Int, text: String) -> [TableCommand] {
        let seats = noteSeats(state)
        func move(_ step: Int) {
            let index = seats.firstIndex(of: seat) ?? 0
            let next = seats[(index + step + seats.count) % seats.count]
            state.overlay = .notes(seat: next, text: state.notes[next] ?? "")
        }
        switch key {
        case .escape: state.overlay = nil
        case .up, .backTab: move(-1)
        case .down, .tab: move(1)
        case .backspace, .delete: state.overlay = .notes(seat: seat, text: String(text.dropLast()))
        case .enter:
            let note = TextSanitizer.sanitizeLine(text).trimmedSpaces
            state.overlay = nil
            guard note != (state.notes[seat] ?? "") else { return [] }
            state.notes[seat] = note.isEmpty ? nil : note
            let personality = state.game.value.setup.seats[seat].personality
            return [.saveNote(seat: seat, personality: personality, text: note)]
        case let .character(character):
            if text.count < 160 { state.overlay = .notes(seat: seat, text: text + String(character)) }
        default: break
        }
        return []
    }
}
