import PokerGame
import PokerStore

extension PokerApp {
    /// The menu's keys (its help overlay is generated from this table).
    public static let menuBindings = KeyBindings<String>([
        KeyBinding(.up, help: "move / open", intent: "move"),
        KeyBinding(.down, help: "move / open", intent: "move"),
        KeyBinding(.enter, help: "move / open", intent: "move"),
        KeyBinding(.character("n"), help: "new game", intent: "new"),
        KeyBinding(.character("r"), help: "resume a saved game", intent: "resume"),
        KeyBinding(.character("p"), help: "replay a hand", intent: "replay"),
        KeyBinding(.character("s"), help: "stats: HUD, career, stacks", intent: "stats"),
        KeyBinding(.character("l"), help: "AI lab: captured decisions and verdicts", intent: "lab"),
        KeyBinding(.character("u"), help: "LLM usage and cost", intent: "usage"),
        KeyBinding(.character("o"), help: "settings", intent: "settings"),
        KeyBinding(.character("?"), help: "show or hide this help", intent: "help"),
        KeyBinding(.character("q"), help: "quit", intent: "quit"),
    ])

    /// A key for the screen that is up.
    static func handleKey(_ state: inout AppState, _ key: Key) -> [AppCommand] {
        switch state.screen {
        case var .menu(menu):
            if state.showingHelp {
                state.showingHelp = false
                return key == .character("q") ? [.quit] : []
            }
            if key == .character("?") || key == .function(1) {
                state.showingHelp = true
                return []
            }
            let outcome = MainMenu.update(&menu, key: key)
            state.screen = .menu(menu)
            guard case let .open(item) = outcome else { return [] }
            return open(item, &state)
        case var .setup(setup):
            let outcome = GameSetup.update(&setup, key: key)
            state.screen = .setup(setup)
            switch outcome {
            case .none: return []
            case .quit: return [.quit]
            case .back: return backToMenu(&state, notice: nil)
            case .start:
                let (options, random) = setup.options
                var settings = state.settings
                settings.playerName = options.humanName ?? settings.playerName
                settings.seats = options.seats
                settings.startingStack = options.startingStack.rawValue
                settings.handsPerLevel = options.handsPerLevel
                settings.mode = options.mode.rawValue
                state.settings = settings
                state.screen = .loading("Setting up the table\u{2026}")
                return [.saveSettings(settings), .startGame(options, randomSeed: random)]
            }
        case var .picker(picker):
            if key == .character("q") { return [.quit] }
            let outcome = GamePicker.update(&picker, key: key)
            state.screen = .picker(picker)
            switch outcome {
            case .none: return []
            case .back: return leave(&state)
            case let .chose(game):
                switch picker.purpose {
                case .resume:
                    state.screen = .loading("Loading game \(game.id.rawValue)\u{2026}")
                    return [.resumeGame(game.id.rawValue)]
                case .replay:
                    state.screen = .replay(ReplayState(notice: "Loading\u{2026}"))
                    return [.replay(.loadHands(gameID: game.id.rawValue))]
                }
            }
        case .table:
            return toTable(&state, .key(key))
        case var .replay(replay):
            let outcome = ReplayScreen.update(&replay, key: key)
            state.screen = .replay(replay)
            switch outcome {
            case .none: return []
            case .quit: return [.quit]
            case .back:
                if let games = state.games {
                    state.screen = .picker(GamePickerState(purpose: .replay, games: games))
                    return []
                }
                return leave(&state)
            case let .request(request): return [.replay(request)]
            }
        case var .stats(stats):
            let outcome = StatsScreen.update(&stats, key: key)
            state.screen = .stats(stats)
            switch outcome {
            case .none: return []
            case .quit: return [.quit]
            case .back: return leave(&state)
            case let .load(id): return [.loadStats(id)]
            }
        case var .settings(screen):
            if key == .character("q"), screen.field != .name { return [.quit] }
            let outcome = SettingsScreen.update(&screen, key: key)
            state.screen = .settings(screen)
            guard outcome == .back else { return [] }
            state.settings = screen.settings
            return [.saveSettings(screen.settings)] + backToMenu(&state, notice: "Settings saved.")
        case .captures:
            return labKey(&state, key, bindings: CaptureBrowser.bindings, send: toCaptures)
        case .usage:
            return labKey(&state, key, bindings: UsageScreen.bindings, send: toUsage)
        case .loading:
            if key == .character("q") || (!state.hasMenu && key == .escape) { return [.quit] }
            if key == .escape { return backToMenu(&state, notice: nil) }
            return []
        }
    }

    /// Opens a menu entry.
    static func open(_ item: MenuItem, _ state: inout AppState) -> [AppCommand] {
        switch item {
        case .newGame:
            var setup = SetupState(settings: state.settings, characters: state.characters)
            setup.providerProblems = state.providerProblems
            state.screen = .setup(setup)
        case .resume:
            guard let games = state.games else { return [.loadGames] }
            let running = games.filter { $0.status == .running }
            if running.count == 1, let only = running.first {
                state.screen = .loading("Loading game \(only.id.rawValue)\u{2026}")
                return [.resumeGame(only.id.rawValue)]
            }
            state.screen = .picker(GamePickerState(purpose: .resume, games: games))
        case .replay:
            state.screen = .picker(GamePickerState(purpose: .replay, games: state.games ?? []))
        case .stats:
            let stats = StatsState(games: state.games ?? [])
            state.screen = .stats(stats)
            return stats.gameID.map { [.loadStats($0)] } ?? [.loadGames]
        case .lab:
            return openCaptures(&state)
        case .usage:
            return openUsage(&state)
        case .settings:
            state.screen = .settings(SettingsState(settings: state.settings))
        case .quit:
            return [.quit]
        }
        return []
    }
}
