import Foundation
import PokerStore

/// A list of saved games to resume or replay.
public struct GamePickerState: Hashable, Sendable {
    /// What choosing a game does.
    public enum Purpose: Hashable, Sendable { case resume, replay }

    public var purpose: Purpose
    public var games: [GameSummary]
    public var selected = 0

    /// A picker over `games` (only the running ones when resuming).
    public init(purpose: Purpose, games: [GameSummary]) {
        self.purpose = purpose
        self.games = purpose == .resume ? games.filter { $0.status == .running } : games
    }
}

/// The picker's update and render.
public enum GamePicker {
    /// What a key leads to.
    public enum Outcome: Hashable, Sendable {
        case none, back
        case chose(GameSummary)
    }

    /// Up/Down (j/k), PgUp/PgDn, Home/End move; Enter chooses; Esc goes back.
    public static func update(_ state: inout GamePickerState, key: Key) -> Outcome {
        let count = state.games.count
        switch key {
        case .up, .character("k"): if count > 0 { state.selected = (state.selected + count - 1) % count }
        case .down, .character("j"): if count > 0 { state.selected = (state.selected + 1) % count }
        case .pageUp: state.selected = max(0, state.selected - 10)
        case .pageDown: state.selected = max(0, min(count - 1, state.selected + 10))
        case .home: state.selected = 0
        case .end: state.selected = max(0, count - 1)
        case .enter: if state.games.indices.contains(state.selected) { return .chose(state.games[state.selected]) }
        case .escape, .backspace, .left: return .back
        default: break
        }
        return .none
    }

    /// Draws the list, the selected game highlighted.
    public static func render(_ state: GamePickerState, size: TerminalSize, capabilities: TerminalCapabilities) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let title = state.purpose == .resume ? "Resume a game" : "Replay: choose a game"
        buffer.drawBox(buffer.bounds, glyphs: .forTerminal(capabilities, unicodeGlyphs: .rounded), title: title)
        let inner = buffer.bounds.inset(by: 1)
        guard !state.games.isEmpty else {
            let text = state.purpose == .resume ? "No unfinished game is saved. Esc goes back." : "No games yet. Esc goes back."
            buffer.writeCentered(text, y: inner.y + inner.height / 2, in: inner, style: .dim)
            return buffer
        }
        buffer.write("   ID  Status      Hands  Mode         Played            Players", at: (inner.x + 1, inner.y), style: .title)
        let rows = inner.height - 3
        let first = max(0, min(state.selected - rows / 2, state.games.count - rows))
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        for (offset, game) in state.games.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            let y = inner.y + 1 + offset
            let players = game.names.enumerated().map { seat, name in
                TableNarrator.clean(name) + (game.winnerSeat == seat ? " (won)" : "")
            }.joined(separator: ", ")
            let line = String(game.id.rawValue).leftPadded(to: 5) + "  " + game.status.rawValue.padding(to: 10) + "  "
                + String(game.handsPlayed).leftPadded(to: 5) + "  " + game.mode.padding(to: 11) + "  "
                + formatter.string(from: game.updatedAt) + "  " + players
            let shown = DisplayWidth.truncate(line, toWidth: inner.width - 2, ellipsis: capabilities.unicode ? "\u{2026}" : ".")
            buffer.write(shown.padding(to: inner.width - 2), at: (inner.x + 1, y), style: index == state.selected ? .selection : .normal)
        }
        buffer.write(capabilities.text("\u{2191}\u{2193} choose \u{00B7} Enter open \u{00B7} Esc back \u{00B7} q quit"),
                     at: (inner.x + 1, inner.maxY - 1), style: .dim)
        return buffer
    }
}

extension String {
    /// The string right-aligned in `width` columns.
    func leftPadded(to width: Int) -> String {
        let missing = width - DisplayWidth.of(self)
        return missing > 0 ? String(repeating: " ", count: missing) + self : self
    }
}
