import PokerEngine
import PokerStore

/// The main menu: new game, resume, replay, stats, the AI lab, LLM usage, settings, quit.
public struct MenuState: Hashable, Sendable {
    /// The highlighted item.
    public var selected = 0
    /// Saved games, newest first (nil until loaded).
    public var games: [GameSummary]?
    /// A message from the last thing that went wrong or finished.
    public var notice: String?

    /// A menu, with the saved games when they are known.
    public init(games: [GameSummary]? = nil, notice: String? = nil) {
        self.games = games
        self.notice = notice
    }

    /// Games that can be resumed.
    public var resumable: [GameSummary] { (games ?? []).filter { $0.status == .running } }
}

/// Menu entries.
public enum MenuItem: Int, CaseIterable, Hashable, Sendable {
    case newGame, resume, replay, stats, lab, usage, settings, quit

    /// The entry's key and words.
    public var label: (key: Character, text: String) {
        switch self {
        case .newGame: ("n", "New game")
        case .resume: ("r", "Resume a game")
        case .replay: ("p", "Replay a hand")
        case .stats: ("s", "Stats")
        case .lab: ("l", "AI lab (captures and verdicts)")
        case .usage: ("u", "LLM usage and cost")
        case .settings: ("o", "Settings")
        case .quit: ("q", "Quit")
        }
    }
}

/// The menu's update and render.
public enum MainMenu {
    /// What a menu key leads to.
    public enum Outcome: Hashable, Sendable {
        case none
        case open(MenuItem)
    }

    /// Up/Down or j/k move, Enter opens; the letter of an item opens it at once.
    public static func update(_ state: inout MenuState, key: Key) -> Outcome {
        let items = MenuItem.allCases
        switch key {
        case .up, .character("k"): state.selected = (state.selected + items.count - 1) % items.count
        case .down, .character("j"), .tab: state.selected = (state.selected + 1) % items.count
        case .enter, .character(" "): return .open(items[state.selected])
        case let .character(letter):
            if let item = items.first(where: { $0.label.key == letter }) {
                state.selected = item.rawValue
                return .open(item)
            }
        default: break
        }
        return .none
    }

    static let logo = [
        "\u{2660} \u{2665}  P O K E R F A C E  \u{2666} \u{2663}",
        "Texas Hold'em against characters",
    ]

    /// Draws the menu.
    public static func render(_ state: MenuState, size: TerminalSize, capabilities: TerminalCapabilities) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let items = MenuItem.allCases
        let box = buffer.bounds.centered(width: 50, height: items.count + 9)
        buffer.drawBox(box, glyphs: .forTerminal(capabilities, unicodeGlyphs: .double))
        buffer.writeCentered(capabilities.text(logo[0]), y: box.y + 2, in: box, style: .title)
        buffer.writeCentered(logo[1], y: box.y + 3, in: box, style: .dim)
        for (index, item) in items.enumerated() {
            let y = box.y + 5 + index
            let selected = index == state.selected
            let marker = selected ? capabilities.text("\u{25B6} ") : "  "
            var detail = ""
            if item == .resume, state.games != nil {
                let count = state.resumable.count
                detail = count == 0 ? "  (none saved)" : "  (\(count) unfinished)"
            }
            let x = box.x + 12
            buffer.write(marker, at: (x - 2, y), style: .key)
            buffer.write(String(item.label.key), at: (x, y), style: .key)
            buffer.write(item.label.text, at: (x + 3, y), style: selected ? .selection : .normal)
            buffer.write(detail, at: (x + 3 + item.label.text.count, y), style: .dim)
        }
        if let notice = state.notice {
            let lines = TextSanitizer.wrap(TextSanitizer.sanitizeLine(notice), width: box.width - 4)
            for (offset, line) in lines.prefix(2).enumerated() {
                buffer.writeCentered(line, y: box.maxY - 4 + offset, in: box, style: .warning)
            }
        }
        buffer.writeCentered(capabilities.text("\u{2191}\u{2193} choose \u{00B7} Enter open \u{00B7} ? help"), y: box.maxY - 2,
                             in: box, style: .dim)
        return buffer
    }
}
