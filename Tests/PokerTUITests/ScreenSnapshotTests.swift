import PokerEngine
import PokerStore
import Testing
@testable import PokerTUI

/// Snapshots of the screens around the table (also the text screenshots in docs/ui.md).
@Suite struct ScreenSnapshotTests {
    static let small = TerminalSize(width: 80, height: 24)

    static func app(_ screen: AppScreen) -> AppState {
        AppState(screen: screen, now: TableFixtures.start, size: small, settings: UISettings(), hasMenu: true)
    }

    @Test func menu() {
        var state = Self.app(.menu(MenuState(games: [])))
        let screen = PokerApp.render(state, size: Self.small, capabilities: .full).textDump()
        #expect(screen.contains("New game") && screen.contains("Replay a hand") && screen.contains("(none saved)"))
        assertSnapshot(screen, named: "menu-80x24")
        _ = PokerApp.update(&state, AppMsg(at: TableFixtures.start, .key(.character("?"))))
        #expect(PokerApp.render(state, size: Self.small, capabilities: .full).textDump().contains("Menu keys"))
    }

    @Test func newGameForm() {
        var setup = SetupState(settings: UISettings(), characters: SetupState.characters(from: TableFixtures.library))
        setup.opponents = Array(setup.characters.prefix(2).map(\.slug))
        let screen = GameSetup.render(setup, size: Self.small, capabilities: .full).textDump()
        #expect(screen.contains("+ 3 random"))
        assertSnapshot(screen, named: "new-game-80x24")
    }

    @Test func replayViewerAndStats() async throws {
        let (store, game, _) = try await TableFixtures.storeWithGame()
        let saved = try await store.loadGame(game)
        let hands = try await store.hands(game: game)
        let summary = try #require(hands.first { $0.showdown == true } ?? hands.last)
        let replay = try ReplayHand.make(stored: try await store.hand(summary.id), seatNames: saved.setup.names, humanSeat: 0,
                                         analyses: try await store.analyses(game: game), captures: [])
        var viewer = ReplayViewerState(hand: replay)
        viewer.frame = replay.steps.lastIndex { $0.verdict != nil }.map { $0 + 1 } ?? replay.frames.count - 1
        let screen = ReplayScreen.render(ReplayState(viewer: viewer), size: Self.small, capabilities: .full).textDump()
        #expect(screen.contains("Replay · game"))
        assertSnapshot(screen, named: "replay-80x24")

        let data = try await AppEffects.stats(store: store, game: try #require(try await store.games().first))
        var stats = StatsState(games: [data.game])
        stats.data = data
        let statsScreen = StatsScreen.render(stats, size: TerminalSize(width: 100, height: 30), capabilities: .full).textDump()
        #expect(statsScreen.contains("VPIP"))
        assertSnapshot(statsScreen, named: "stats-100x30")
    }
}
