import PokerGame
import PokerStore

/// The whole app: which screen is up, and what every screen needs to come back to.
public struct AppState: Equatable, Sendable {
    public var screen: AppScreen
    /// The time of the latest message.
    public var now: ContinuousClock.Instant
    public var size: TerminalSize
    public var settings: UISettings
    /// Started from the menu: leaving a screen goes back to it (otherwise leaving quits).
    public var hasMenu: Bool
    /// Counts tables, so AI answers from an earlier table are dropped.
    public var tables = 0
    /// Saved games, when loaded.
    public var games: [GameSummary]?
    public var characters: [SetupState.Character]
    /// The help box of the menu and of the AI lab screens.
    public var showingHelp = false
    /// Why an LLM provider cannot be used (no key), by provider name, for the new-game form.
    public var providerProblems: [String: String] = [:]

    /// An app showing `screen`.
    public init(screen: AppScreen, now: ContinuousClock.Instant, size: TerminalSize, settings: UISettings,
                hasMenu: Bool, characters: [SetupState.Character] = []) {
        self.screen = screen
        self.now = now
        self.size = size
        self.settings = settings
        self.hasMenu = hasMenu
        self.characters = characters
    }

    /// The app opened on the main menu.
    public static func menu(now: ContinuousClock.Instant, size: TerminalSize, settings: UISettings,
                            characters: [SetupState.Character]) -> AppState {
        AppState(screen: .menu(MenuState()), now: now, size: size, settings: settings, hasMenu: true, characters: characters)
    }

    /// The app opened on a table for `game` (`pokerface play` / `resume`).
    public static func table(_ game: GameState, gameID: Int64?, now: ContinuousClock.Instant, size: TerminalSize,
                             settings: UISettings, history: TableHistory = TableHistory()) -> AppState {
        var state = AppState(screen: .loading("Dealing\u{2026}"), now: now, size: size, settings: settings, hasMenu: false)
        state.tables = 1
        let humanSeat = game.setup.humanSeat
        state.screen = .table(TableState(game: game, humanSeat: humanSeat, gameID: gameID, session: 1, now: now, size: size,
                                         settings: settings.tableSettings, history: history))
        return state
    }

    /// The app opened on the replay viewer (`pokerface replay`).
    public static func replay(now: ContinuousClock.Instant, size: TerminalSize, settings: UISettings) -> AppState {
        AppState(screen: .replay(ReplayState(notice: "Loading\u{2026}")), now: now, size: size, settings: settings, hasMenu: false)
    }
}

/// The screens.
public enum AppScreen: Equatable, Sendable {
    case menu(MenuState)
    case setup(SetupState)
    case picker(GamePickerState)
    case table(TableState)
    case replay(ReplayState)
    case stats(StatsState)
    case settings(SettingsState)
    /// The AI lab's capture browser.
    case captures(CaptureBrowserState)
    /// The AI lab's LLM usage report.
    case usage(UsageScreenState)
    /// Waiting for background work, with what it is.
    case loading(String)
}
