import PokerStore

/// Everything the stats screen shows for one game.
public struct StatsData: Hashable, Sendable {
    public var game: GameSummary
    /// One HUD row per seat (the human's included), from the game's stored hands.
    public var hud: [HUDLine]
    public var series: StackSeries
    /// The human's career over every finished game.
    public var career: CareerStats?
    /// Finishing places so far.
    public var results: [TournamentResult]

    /// The stats of one game.
    public init(game: GameSummary, hud: [HUDLine], series: StackSeries, career: CareerStats?, results: [TournamentResult]) {
        self.game = game
        self.hud = hud
        self.series = series
        self.career = career
        self.results = results
    }
}

/// The stats screen: HUD per player, career results, stacks over the game.
public struct StatsState: Hashable, Sendable {
    public var games: [GameSummary]
    public var index = 0
    public var data: StatsData?
    public var notice: String?
    public var showingHelp = false

    /// The screen over `games`, on `gameID` (the newest by default).
    public init(games: [GameSummary], gameID: Int64? = nil) {
        self.games = games
        index = gameID.flatMap { id in games.firstIndex { $0.id.rawValue == id } } ?? 0
    }

    /// The game shown (or being loaded).
    public var gameID: Int64? { games.indices.contains(index) ? games[index].id.rawValue : nil }
}

/// Stats results from the effects.
public enum StatsMsg: Sendable {
    case loaded(StatsData)
    case failed(String)
}

/// The stats screen's update and render.
public enum StatsScreen {
    /// What a key leads to.
    public enum Outcome: Hashable, Sendable {
        case none, back, quit
        case load(Int64)
    }

    /// The screen's keys (its help is generated from them).
    public static let bindings = KeyBindings<String>([
        KeyBinding(.left, help: "previous / next game", intent: "game"),
        KeyBinding(.right, help: "previous / next game", intent: "game"),
        KeyBinding(.escape, help: "back", intent: "back"),
        KeyBinding(.character("?"), help: "show or hide this help", intent: "help"),
        KeyBinding(.character("q"), help: "quit", intent: "quit"),
    ])

    /// Left/Right show another game (which is then loaded); Esc goes back.
    public static func update(_ state: inout StatsState, key: Key) -> Outcome {
        if state.showingHelp {
            state.showingHelp = false
            return key == .character("q") ? .quit : .none
        }
        let count = state.games.count
        switch key {
        case .character("q"): return .quit
        case .character("?"), .function(1): state.showingHelp = true
        case .escape, .backspace: return .back
        case .left, .character("h"), .right, .character("l"):
            guard count > 1 else { return .none }
            let step = (key == .left || key == .character("h")) ? 1 : -1  // the list is newest first
            state.index = (state.index + step + count) % count
            state.data = nil
            state.notice = nil
            return state.gameID.map { .load($0) } ?? .none
        default: break
        }
        return .none
    }

    /// Takes loaded stats (for the game shown) or a failure.
    public static func receive(_ state: inout StatsState, _ msg: StatsMsg) {
        switch msg {
        case let .loaded(data):
            guard data.game.id.rawValue == state.gameID || state.gameID == nil else { return }
            state.data = data
            state.notice = nil
        case let .failed(text):
            state.notice = text
        }
    }
}
