/// Settings: the player's name and how fast the table moves (saved between runs).
public struct SettingsState: Hashable, Sendable {
    /// A line of the screen.
    public enum Field: Int, CaseIterable, Hashable, Sendable { case name, aiPace, runoutPace, autoNext }

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

    /// Up/Down pick a line, Left/Right change it, typing edits the name; Enter or Esc leave.
    public static func update(_ state: inout SettingsState, key: Key) -> Outcome {
        let fields = SettingsState.Field.allCases
        state.saved = false
        switch key {
        case .up: state.field = fields[(state.field.rawValue + fields.count - 1) % fields.count]
        case .down, .tab: state.field = fields[(state.field.rawValue + 1) % fields.count]
        case .left: change(&state, by: -1)
        case .right: change(&state, by: 1)
        case .escape, .enter: return .back
        case .backspace, .delete:
            if state.field == .name { state.settings.playerName = String(state.settings.playerName.dropLast()) }
        case let .character(c):
            if state.field == .name, state.settings.playerName.count < 24 { state.settings.playerName.append(c) }
        default: break
        }
        return .none
    }

    static func change(_ state: inout SettingsState, by step: Int) {
        func next(_ values: [Int], _ current: Int) -> Int {
            let index = values.firstIndex(of: current) ?? values.firstIndex { $0 >= current } ?? 0
            return values[min(values.count - 1, max(0, index + step))]
        }
        switch state.field {
        case .name: break
        case .aiPace: state.settings.aiPaceMs = next(aiPaces, state.settings.aiPaceMs)
        case .runoutPace: state.settings.runoutPaceMs = next(runoutPaces, state.settings.runoutPaceMs)
        case .autoNext: state.settings.autoNextHandSeconds = next(autoNext, state.settings.autoNextHandSeconds)
        }
    }

    /// Draws the settings.
    public static func render(_ state: SettingsState, size: TerminalSize, capabilities: TerminalCapabilities) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let box = buffer.bounds.centered(width: 64, height: 12)
        buffer.drawBox(box, glyphs: .forTerminal(capabilities, unicodeGlyphs: .rounded), title: "Settings")
        let s = state.settings
        let rows: [(SettingsState.Field, String, String)] = [
            (.name, "Your name", s.playerName),
            (.aiPace, "AI pace", s.aiPaceMs == 0 ? "instant" : "at least \(Format.decimal(Double(s.aiPaceMs) / 1000))s per action"),
            (.runoutPace, "All-in run-outs", s.runoutPaceMs == 0 ? "at once" : "\(Format.decimal(Double(s.runoutPaceMs) / 1000))s per street"),
            (.autoNext, "Next hand", s.autoNextHandSeconds == 0 ? "on a key press" : "by itself after \(s.autoNextHandSeconds)s"),
        ]
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
