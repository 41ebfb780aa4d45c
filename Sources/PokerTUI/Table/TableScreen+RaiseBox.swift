import PokerEngine

extension TableScreen {
    /// A key in the raise box: digits and sizes (`3bb`, `2.5x`, `75%`), nudges by a big blind,
    /// presets, Enter, Esc.
    static func raiseKey(_ state: inout TableState, _ key: Key, text: String, typed: Bool) -> [TableCommand] {
        guard let legal = state.humanLegal else {
            state.entry = .none
            return []
        }
        let bigBlind = state.game.value.match.blinds.bigBlind
        switch raiseIntent(for: key) {
        case .digit, .size:
            guard case let .character(character) = key else { return [] }
            let base = typed ? text : ""
            if base.count < 12 { state.entry = .raise(text: base + String(character), typed: true) }
            state.problem = nil
        case .erase:
            state.entry = .raise(text: String(text.dropLast()), typed: true)
            state.problem = nil
        case .nudgeUp, .nudgeDown:
            let step = raiseIntent(for: key) == .nudgeUp ? 1 : -1
            if let amount = RaiseEntry.nudge(text, legal: legal, bigBlind: bigBlind, steps: step) {
                state.entry = .raise(text: String(amount.rawValue), typed: false)
                state.problem = nil
            }
        case .preset:
            guard case let .character(letter) = key,
                  let preset = RaiseEntry.presets(legal).first(where: { $0.key == letter }) else { return [] }
            state.entry = .raise(text: String(preset.amount.rawValue), typed: false)
            state.problem = nil
        case .confirm:
            switch RaiseEntry.validate(text, legal: legal, bigBlind: bigBlind) {
            case let .success(amount): return humanActs(&state, .betOrRaise(to: amount))
            case let .failure(problem): state.problem = problem.description
            }
        case .cancel:
            state.entry = .none
            state.problem = nil
        case .help:
            state.overlay = .raiseHelp
        case .quit:
            return [.quit]
        case nil:
            state.problem = "Type chips, 3bb, 2.5x or 75%; ↑↓ a big blind; m h t p a presets; Enter confirms, Esc closes."
        }
        return []
    }
}
