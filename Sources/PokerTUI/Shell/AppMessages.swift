import PokerEngine
import PokerGame
import PokerStore

/// One message for the app, stamped with when it happened (keys, timers and background results
/// alike), so `update` never reads a clock.
public struct AppMsg: Sendable {
    public var at: ContinuousClock.Instant
    public var event: AppEvent

    /// `event`, happened at `at` (now by default).
    public init(at: ContinuousClock.Instant = .now, _ event: AppEvent) {
        self.at = at
        self.event = event
    }
}

/// What can happen.
public enum AppEvent: Sendable {
    case key(Key)
    case resized(TerminalSize)
    case tick
    /// Something for the table.
    case table(TableMsg)
    /// A new or resumed game is ready to play (a resumed one with its earlier log and notes).
    case gameReady(GameState, gameID: Int64?, history: TableHistory = TableHistory())
    /// The saved games (for the menu, resume and replay pickers, stats).
    case gamesLoaded([GameSummary])
    /// Something for the replay viewer.
    case replay(ReplayMsg)
    /// Something for the stats screen.
    case stats(StatsMsg)
    /// A page of captures for the AI lab's browser, with the filter it answers (the browser
    /// drops a page for a filter it no longer shows).
    case capturePage(CapturePage, filter: CaptureFilter)
    /// Something else for the capture browser (a capture's detail, a failure).
    case captures(CaptureBrowserMsg)
    /// Something for the usage screen.
    case usage(UsageScreenMsg)
    /// Background work failed; one sentence.
    case failed(String)
}

/// What the app asks the outside world to do.
public enum AppCommand: Sendable {
    case quit
    case table(TableCommand)
    /// Set up and record a new game (with a random seed when `randomSeed`), then send
    /// ``AppEvent/gameReady(_:gameID:)``.
    case startGame(NewGameOptions, randomSeed: Bool)
    /// Load a saved game, then send ``AppEvent/gameReady(_:gameID:)``.
    case resumeGame(Int64)
    /// Send ``AppEvent/gamesLoaded(_:)``.
    case loadGames
    case replay(ReplayRequest)
    /// Compute the stats of a game (nil: the latest), then send ``StatsMsg/loaded(_:)``.
    case loadStats(Int64?)
    case saveSettings(UISettings)
    /// Stop the table's background work (AI decisions, a quick play-out): the player left it.
    case stopGame
    /// Load one page of captures, then send ``AppEvent/capturePage(_:filter:)``.
    case loadCaptures(CaptureFilter)
    /// Load a capture's detail text, then send ``CaptureBrowserMsg/detailLoaded(_:_:)``.
    case loadCapture(CaptureID)
    /// Add up the LLM calls, then send ``UsageScreenMsg/loaded(_:)``.
    case loadUsage(UsageQuery)
}
