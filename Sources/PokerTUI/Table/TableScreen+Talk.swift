import PokerEngine
import PokerAI
import PokerGame

extension TableScreen {
    /// Keys while the human types words for the table: Enter says them (saved; LLM seats may
    /// answer), Esc drops them.
    static func talkKey(_ state: inout TableState, _ key: Key, text: String) -> [TableCommand] {
        switch key {
        case .escape:
            state.entry = .none
        case .backspace, .delete:
            state.entry = .talk(String(text.dropLast()))
        case .enter:
            state.entry = .none
            let said = TextSanitizer.sanitizeLine(text).trimmedSpaces
            guard !said.isEmpty, let human = state.humanSeat else { return [] }
            let step = state.game.update { $0.humanSays(said, fromSeat: human) }
            state.log.append(TableNarrator.entries(for: step.messages, names: state.game.value.setup.names))
            state.log.follow()
            var commands: [TableCommand] = [.save(.talk(step, state.game.value))]
            if state.game.value.setup.seats.contains(where: { $0.kind == .llm }) {
                commands.append(.chat(text: said, fromSeat: human, game: state.game.value))
            }
            return commands
        case let .character(character):
            if text.count < 200 { state.entry = .talk(text + String(character)) }
        default:
            break
        }
        return []
    }
}
