import PokerAI
import PokerEngine
import PokerGame

/// The new-game form's update and render.
public enum GameSetup {
    /// What a key leads to.
    public enum Outcome: Hashable, Sendable {
        case none, back, start, quit
    }

    /// Up/Down pick a field, Left/Right (or +/-) change it, typing edits the name and seed;
    /// Enter opens the opponent list or starts; Esc goes back.
    public static func update(_ state: inout SetupState, key: Key) -> Outcome {
        if let cursor = state.picking { return pickKey(&state, key, cursor: cursor) }
        state.problem = nil
        let fields = SetupState.Field.allCases
        switch key {
        case .up: state.field = fields[(state.field.rawValue + fields.count - 1) % fields.count]
        case .down, .tab: state.field = fields[(state.field.rawValue + 1) % fields.count]
        case .left: change(&state, by: -1)
        case .right: change(&state, by: 1)
        case .escape: return .back
        case .enter:
            switch state.field {
            case .opponents: state.picking = 0
            case .start: return validate(&state) ? .start : .none
            default: state.field = fields[(state.field.rawValue + 1) % fields.count]
            }
        case .backspace, .delete:
            if state.field == .name { state.name = String(state.name.dropLast()) }
            if state.field == .seed { state.seed = String(state.seed.dropLast()) }
        case let .character(c):
            switch state.field {
            case .name:
                if state.name.count < 24, TextSanitizer.firstRefused(in: String(c)) == nil { state.name.append(c) }
            case .seed:
                if c.isASCII, c.isNumber, state.seed.count < 19 { state.seed.append(c) } else if !(c.isASCII && c.isNumber) {
                    state.problem = "The seed is a number (leave it empty for a random one)."
                }
            default:
                if c == "q" { return .quit }
                if c == "s" { return validate(&state) ? .start : .none }
                if c == "+" { change(&state, by: 1) }
                if c == "-" { change(&state, by: -1) }
            }
        default: break
        }
        return .none
    }

    static func validate(_ state: inout SetupState) -> Bool {
        if !state.seed.isEmpty, UInt64(state.seed) == nil {
            state.problem = "The seed must be a whole number below 18446744073709551616."
            return false
        }
        if let problem = state.providerProblems[SetupState.providers[state.providerIndex]] {
            state.problem = problem
            return false
        }
        if state.characters.count < state.seats - 1 {
            state.problem = "\(state.seats - 1) opponents are needed but only \(state.characters.count) characters are available."
            return false
        }
        return true
    }

    static func change(_ state: inout SetupState, by step: Int) {
        func cycle(_ value: Int, _ count: Int) -> Int { (value + step + count) % count }
        switch state.field {
        case .seats:
            state.seats = min(9, max(2, state.seats + step))
            if state.opponents.count > state.seats - 1 { state.opponents = Array(state.opponents.prefix(state.seats - 1)) }
        case .stack: state.stackIndex = cycle(state.stackIndex, SetupState.stacks.count)
        case .blindSpeed: state.speedIndex = cycle(state.speedIndex, SetupState.speeds.count)
        case .mode:
            let modes = GameMode.allCases
            state.mode = modes[cycle(modes.firstIndex(of: state.mode) ?? 0, modes.count)]
        case .ai: state.providerIndex = cycle(state.providerIndex, SetupState.providers.count)
        case .opponents:
            if step < 0 { state.opponents = [] }
        default: break
        }
    }

    /// Keys in the opponent list: Space picks or drops, Enter closes, r makes them all random.
    static func pickKey(_ state: inout SetupState, _ key: Key, cursor: Int) -> Outcome {
        let count = state.characters.count
        switch key {
        case .up, .character("k"): state.picking = count == 0 ? 0 : (cursor + count - 1) % count
        case .down, .character("j"): state.picking = count == 0 ? 0 : (cursor + 1) % count
        case .pageUp: state.picking = max(0, cursor - 10)
        case .pageDown: state.picking = max(0, min(count - 1, cursor + 10))
        case .character(" "):
            guard state.characters.indices.contains(cursor) else { break }
            let slug = state.characters[cursor].slug
            if let index = state.opponents.firstIndex(of: slug) {
                state.opponents.remove(at: index)
            } else if state.opponents.count < state.seats - 1 {
                state.opponents.append(slug)
            } else {
                state.problem = "A \(state.seats)-seat table has room for \(state.seats - 1) opponents."
            }
        case .character("r"): state.opponents = []
        case .enter, .escape: state.picking = nil
        default: break
        }
        return .none
    }
}
