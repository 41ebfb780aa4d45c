import PokerEngine

/// Settings: the player's name, how fast the table moves, the table's choices (confirmations,
/// deck colours, equity hint, time bank) and the new-game defaults (saved between runs).
public struct SettingsState: Hashable, Sendable {
    /// A line of the screen.
    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case name, aiPace, runoutPace, autoNext, confirm, deck, equityHint, timeBank, seats, stack, blindSpeed
    }

    public var settings: UISettings
    public var field: Field = .name
    public var saved = false

    /// The screen showing `settings`.
    public init(settings: UISettings) { self.settings = settings }
}

/// The settings screen's update and render.
public enum SettingsScreen {
    /// What a key leads to.
    public enum Outcome: Hashable, Sendable { case none, back }

    static let aiPaces = [0, 300, 700, 1_200, 2_000]
    static let runoutPaces = [0, 400, 800, 1_500]
    static let autoNext = [0, 2, 4, 8]
    /// Time bank choices: seconds per decision (0: off) and the bank for the game.
    static let timeBanks: [(turn: Int, bank: Int)] = [(0, 60), (15, 30), (20, 60), (30, 120)]

    /// Up/Down pick a line, Left/Right change it, typing edits the name; Enter or Esc leave.
    public static func update(_ state: inout SettingsState, key: Key) -> Outcome {
        let fields = SettingsState.Field.allCases
        state.saved = false
        switch key {
        case .up: state.field = fields[(state.field.rawValue + fields.count - 1) % fields.count]
        case .down, .tab: state.field = fields[(state.field.rawValue + 1) % fields.count]
        case .left: change(&state, by: -1)
        case .right: change(&state, by: 1)
        case .character(" ") where state.field != .name: change(&state, by: 1)
        case .escape, .enter: return .back
        case .backspace, .delete:
            if state.field == .name { state.settings.playerName = String(state.settings.playerName.dropLast()) }
        case let .character(c):
            if state.field == .name, state.settings.playerName.count < 24, TextSanitizer.firstRefused(in: String(c)) == nil {
                state.settings.playerName.append(c)
            }
        default: break
        }
        return .none
    }

    static func change(_ state: inout SettingsState, by step: Int) {
        func next(_ values: [Int], _ current: Int) -> Int {
            let index = values.firstIndex(of: current) ?? values.firstIndex { $0 >= current } ?? 0
            return values[min(values.count - 1, max(0, index + step))]
        }
        var s = state.settings
        switch state.field {
        case .name: break
        case .aiPace: s.aiPaceMs = next(aiPaces, s.aiPaceMs)
        case .runoutPace: s.runoutPaceMs = next(runoutPaces, s.runoutPaceMs)
        case .autoNext: s.autoNextHandSeconds = next(autoNext, s.autoNextHandSeconds)
        case .confirm: s.confirmMoves.toggle()
        case .deck: s.fourColorDeck.toggle()
        case .equityHint: s.equityHint.toggle()
        case .timeBank:
            let index = timeBanks.firstIndex { $0.turn == s.turnSeconds } ?? 0
            let chosen = timeBanks[min(timeBanks.count - 1, max(0, index + step))]
            (s.turnSeconds, s.bankSeconds) = chosen
        case .seats: s.seats = min(9, max(2, s.seats + step))
        case .stack: s.startingStack = next(SetupState.stacks, s.startingStack)
        case .blindSpeed: s.handsPerLevel = next(SetupState.speeds.map(\.handsPerLevel), s.handsPerLevel)
        }
        state.settings = s
    }

    /// Each line's label and value.
    static func rows(_ s: UISettings) -> [(SettingsState.Field, String, String)] {
        let speed = SetupState.speeds.first { $0.handsPerLevel == s.handsPerLevel }?.name ?? "custom"
        return [
            (.name, "Your name", s.playerName),
            (.aiPace, "AI pace", s.aiPaceMs == 0 ? "instant" : "at least \(Format.decimal(Double(s.aiPaceMs) / 1000))s per action"),
            (.runoutPace, "All-in run-outs", s.runoutPaceMs == 0 ? "at once" : "\(Format.decimal(Double(s.runoutPaceMs) / 1000))s per street"),
            (.autoNext, "Next hand", s.autoNextHandSeconds == 0 ? "on a key press" : "by itself after \(s.autoNextHandSeconds)s"),
            (.confirm, "Confirm all-in", s.confirmMoves ? "yes: a and x need a second press" : "no: one press acts"),
            (.deck, "Deck colours", s.fourColorDeck ? "four colours" : "two colours"),
            (.equityHint, "Equity hint", s.equityHint ? "on (casual and standard games)" : "off"),
            (.timeBank, "Time bank", s.turnSeconds == 0 ? "off" : "\(s.turnSeconds)s a decision + \(s.bankSeconds)s bank"),
            (.seats, "Default seats", "\(s.seats) players"),
            (.stack, "Default stack", Format.number(s.startingStack) + " chips"),
            (.blindSpeed, "Blind speed", "\(speed) (up every \(s.handsPerLevel) hands)"),
        ]
    }

    /// Draws the settings.
    public static func render(_ state: SettingsState, size: TerminalSize, capabilities: TerminalCapabilities) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let rows = rows(state.settings)
        let box = buffer.bounds.centered(width: 68, height: rows.count + 5)
        buffer.drawBox(box, glyphs: .forTerminal(capabilities, unicodeGlyphs: .rounded), title: "Settings")
        for (index, (field, label, value)) in rows.enumerated() {
            let y = box.y + 2 + index
            let focused = state.field == field
            buffer.write(label, at: (box.x + 3, y), style: focused ? .highlight : .dim)
            buffer.write(value + (focused && field == .name ? capabilities.text("\u{258F}") : ""), at: (box.x + 22, y),
                         style: focused ? .selection : .normal)
        }
        buffer.writeCentered(capabilities.text("\u{2191}\u{2193} field \u{00B7} \u{2190}\u{2192} change \u{00B7} Enter/Esc save and go back"),
                             y: box.maxY - 2, in: box, style: .dim)
        return buffer
    }
}
