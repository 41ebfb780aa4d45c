import PokerGame
import PokerStore

/// The whole interactive program as one ``AppProgram``: the menu, the new-game form, the table,
/// the replay viewer, stats, the AI lab's capture browser and usage report, and settings. Each screen has its own pure update and render; this
/// routes messages to the screen that is up and turns the screens' outcomes into app commands.
public enum PokerApp {
    /// The program for ``AppRunner``.
    public static var program: AppProgram<AppState, AppMsg, AppCommand> {
        AppProgram(
            render: { state, size, capabilities in render(state, size: size, capabilities: capabilities) },
            update: { state, msg in update(&state, msg) },
            input: { event in input(event) },
            tick: { state in needsTicks(state) ? AppMsg(.tick) : nil },
            tickInterval: .milliseconds(100)
        )
    }

    /// Terminal events, stamped with the time.
    public static func input(_ event: InputEvent, at now: ContinuousClock.Instant = .now) -> AppMsg {
        switch event {
        case let .key(key): AppMsg(at: now, .key(key))
        case let .resized(size): AppMsg(at: now, .resized(size))
        }
    }

    /// Whether anything animates or waits on the clock (otherwise the loop sleeps until input).
    public static func needsTicks(_ state: AppState) -> Bool {
        if case let .table(table) = state.screen { return TableScreen.needsTicks(table) }
        return false
    }

    /// The first commands: deal or ask the first AI (table), or load the games (menu).
    public static func begin(_ state: inout AppState) -> [AppCommand] {
        switch state.screen {
        case var .table(table):
            let commands = TableScreen.begin(&table)
            state.screen = .table(table)
            return commands.flatMap { route($0, &state) }
        case .menu, .stats, .picker:
            return [.loadGames]
        default:
            return []
        }
    }

    /// Applies one message.
    public static func update(_ state: inout AppState, _ msg: AppMsg) -> [AppCommand] {
        state.now = msg.at
        switch msg.event {
        case let .resized(size):
            state.size = size
            if case var .table(table) = state.screen {
                table.size = size
                state.screen = .table(table)
            }
            if case var .captures(browser) = state.screen {
                browser.size = size
                CaptureBrowser.scrollDetail(&browser, by: 0)
                state.screen = .captures(browser)
            }
            return []
        case let .key(key):
            return handleKey(&state, key)
        case .tick:
            return toTable(&state, .tick)
        case let .table(msg):
            return toTable(&state, msg)
        case let .gameReady(game, gameID, history):
            state.tables += 1
            var table = TableState(game: game, humanSeat: game.setup.humanSeat, gameID: gameID, session: state.tables,
                                   now: state.now, size: state.size, settings: state.settings.tableSettings, history: history)
            let commands = TableScreen.begin(&table)
            state.screen = .table(table)
            return commands.flatMap { route($0, &state) }
        case let .gamesLoaded(games):
            state.games = games
            switch state.screen {
            case var .menu(menu):
                menu.games = games
                state.screen = .menu(menu)
            case var .picker(picker) where picker.games.isEmpty:
                picker = GamePickerState(purpose: picker.purpose, games: games)
                state.screen = .picker(picker)
            case var .stats(stats) where stats.games.isEmpty:
                stats = StatsState(games: games, gameID: nil)
                state.screen = .stats(stats)
                return stats.gameID.map { [.loadStats($0)] } ?? []
            default: break
            }
            return []
        case let .replay(msg):
            if case var .replay(replay) = state.screen {
                ReplayScreen.receive(&replay, msg)
                state.screen = .replay(replay)
            }
            return []
        case let .stats(msg):
            if case var .stats(stats) = state.screen {
                StatsScreen.receive(&stats, msg)
                state.screen = .stats(stats)
            }
            return []
        case let .capturePage(page, filter):
            return receivePage(&state, page, filter: filter)
        case let .captures(msg):
            return toCaptures(&state, msg)
        case let .usage(msg):
            return toUsage(&state, msg)
        case let .failed(reason):
            return backToMenu(&state, notice: reason)
        }
    }

    /// Sends a message to the table, if it is up.
    static func toTable(_ state: inout AppState, _ msg: TableMsg) -> [AppCommand] {
        guard case var .table(table) = state.screen else { return [] }
        table.now = state.now
        let commands = TableScreen.update(&table, msg)
        state.screen = .table(table)
        return commands.flatMap { route($0, &state) }
    }

    /// A table command as app commands: leaving is the app's business.
    static func route(_ command: TableCommand, _ state: inout AppState) -> [AppCommand] {
        switch command {
        case .quit:
            // From the menu's table, `q` goes back to the menu; the game is saved and resumable.
            guard state.hasMenu else { return [.quit] }
            let notice = savedNotice(state)
            return [.stopGame] + backToMenu(&state, notice: notice)
        case .leave: return [.stopGame] + leave(&state)
        case .abandon: return [.stopGame, .table(.abandon)] + leave(&state)
        default: return [.table(command)]
        }
    }

    /// "Game 3 is saved: r resumes it." for the table that is up, if its game goes on.
    static func savedNotice(_ state: AppState) -> String? {
        guard case let .table(table) = state.screen, let id = table.gameID, !table.game.value.isOver else { return nil }
        return "Game \(id) is saved: r resumes it."
    }

    /// What to print when the program ends at a table whose game goes on:
    /// `Saved — resume with: pokerface resume 3`.
    public static func farewell(_ state: AppState) -> String? {
        guard case let .table(table) = state.screen, let id = table.gameID, !table.game.value.isOver,
              table.phase != .tournamentOver else { return nil }
        if case .simulating = table.phase { return "Saved \u{2014} the quick play-out stopped; resume with: pokerface resume \(id)" }
        return "Saved \u{2014} resume with: pokerface resume \(id)"
    }

    /// Back to the menu, or quit when the app has none.
    static func leave(_ state: inout AppState, notice: String? = nil) -> [AppCommand] {
        guard state.hasMenu else { return [.quit] }
        return backToMenu(&state, notice: notice)
    }

    static func backToMenu(_ state: inout AppState, notice: String?) -> [AppCommand] {
        guard state.hasMenu else {
            if case var .replay(replay) = state.screen, let notice {
                replay.notice = notice
                state.screen = .replay(replay)
                return []
            }
            if let notice, case var .table(table) = state.screen {
                table.problem = notice
                state.screen = .table(table)
                return []
            }
            state.screen = .loading(notice ?? "")
            return []
        }
        state.screen = .menu(MenuState(games: state.games, notice: notice))
        return [.loadGames]
    }
}
