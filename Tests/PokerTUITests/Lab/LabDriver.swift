import Foundation
import PokerStore
import Testing
@testable import PokerTUI

/// The app driven by keys through `PokerApp.update`, with the commands it returns performed
/// against a store right away (the effects' queries, in order): pure update/render tests of the
/// AI lab screens without the loop.
struct LabDriver {
    static let size = TerminalSize(width: 80, height: 24)

    var state: AppState
    let store: GameStore
    /// Set when the app asked to quit.
    private(set) var quit = false

    /// The app on its main menu, its games loaded.
    static func onMenu(store: GameStore) async throws -> LabDriver {
        var driver = LabDriver(state: AppState.menu(now: TableFixtures.start, size: size, settings: UISettings(), characters: []),
                               store: store)
        let first = PokerApp.begin(&driver.state)
        try await driver.run(first)
        return driver
    }

    /// Presses `keys` one after another, performing what each asks.
    mutating func press(_ keys: Key...) async throws {
        for key in keys { try await send(.key(key)) }
    }

    mutating func send(_ event: AppEvent) async throws {
        try await run(PokerApp.update(&state, AppMsg(at: TableFixtures.start, event)))
    }

    /// Performs the store commands as `AppEffects` does and feeds the answers back.
    mutating func run(_ commands: [AppCommand]) async throws {
        for command in commands {
            switch command {
            case .quit:
                quit = true
            case .loadGames:
                try await send(.gamesLoaded(try await store.games()))
            case let .loadCaptures(filter):
                try await send(.capturePage(try await store.browseCaptures(filter), filter: filter))
            case let .loadCapture(id):
                try await send(.captures(.detailLoaded(id, try await AppEffects.detailLines(id, store: store))))
            case let .loadUsage(query):
                try await send(.usage(.loaded(try await store.usageReport(query))))
            default:
                Issue.record("unexpected command \(command)")
            }
        }
    }

    /// The screen as text.
    var screen: String { PokerApp.render(state, size: state.size, capabilities: .full).textDump() }

    /// The capture browser's state, when it is up.
    var browser: CaptureBrowserState? {
        if case let .captures(browser) = state.screen { return browser }
        return nil
    }
}
