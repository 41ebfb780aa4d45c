import Foundation
import PokerAI
import PokerEngine
import PokerGame
import PokerStore
import Testing
@testable import PokerTUI

/// The stats screen of a finished tournament: the places never run into the chart, every line
/// drawn has its legend entry, "knocked out" says what it counts.
@Suite struct StatsScreenTests {
    /// A whole six-seat tournament, the human's seat played by a bot, recorded to a store.
    static let finished = Task { () throws -> StatsData in
        let directory = TableFixtures.scratch.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try GameStore(path: directory.appendingPathComponent("db.sqlite").path)
        var options = NewGameOptions()
        options.seats = 6
        options.seed = 5
        options.startingStack = 300
        options.humanName = "You"
        var game = try GameState.new(options, library: TableFixtures.library)
        let recorder = try await GameRecorder.create(store: store, state: game)
        var controllers = Controllers.offline(for: game)
        controllers[0] = OfflineBot(personality: try #require(TableFixtures.library.entries.first?.personality))
        _ = try await GameRunner(controllers: controllers, recorder: recorder).play(&game)
        let summary = try #require(try await store.games().first)
        return try await AppEffects.stats(store: store, game: summary)
    }

    static func render(_ data: StatsData, _ size: TerminalSize) -> String {
        var state = StatsState(games: [data.game])
        state.data = data
        return StatsScreen.render(state, size: size, capabilities: .full).textDump()
    }

    @Test func thePlacesNeverRunIntoTheChart() async throws {
        let data = try await Self.finished.value
        #expect(data.results.count == 6)
        let lines = Self.render(data, TerminalSize(width: 100, height: 34)).split(separator: "\n").map(String.init)
        let chart = try #require(lines.firstIndex { $0.contains("Stacks over the game") }, "\(lines.joined(separator: "\n"))")
        let lastPlace = try #require(lines.lastIndex { $0.contains("6th ") })
        #expect(lastPlace < chart, "the places end above the chart:\n\(lines.joined(separator: "\n"))")
        #expect(lines.contains { $0.contains("knocked out ") })
        #expect(!lines.contains { $0.contains("busted ") })
    }

    @Test func everyPlayerDrawnHasALegendEntry() async throws {
        let data = try await Self.finished.value
        let screen = Self.render(data, TerminalSize(width: 80, height: 30))
        for name in data.series.names {
            #expect(screen.contains(TableNarrator.clean(name)), "the legend lacks \(name):\n\(screen)")
        }
        let lines = screen.split(separator: "\n")
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.hasSuffix("\u{2502}") }, "nothing runs over the border:\n\(screen)")
        assertSnapshot(screen, named: "stats-finished-80x30")
    }
}
