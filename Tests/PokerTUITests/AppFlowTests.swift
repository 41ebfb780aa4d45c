import Foundation
import PokerAI
import PokerEngine
import PokerGame
import PokerStore
import Testing
@testable import PokerTUI

/// The whole app on the real loop with a paced terminal: menu, new game, stats, replay.
@MainActor
@Suite(.serialized) struct AppFlowTests {
    static let size = TerminalSize(width: 100, height: 30)

    static func environment(store: GameStore?, directory: URL = TableFixtures.scratch) -> AppEnvironment {
        AppEnvironment(store: store, library: TableFixtures.library, settingsURL: nil,
                       exportDirectory: directory.appendingPathComponent("exports"),
                       makeControllers: AppEnvironment.offlineControllers)
    }

    @Test func theMenuStartsANewGameAtTheTable() async throws {
        var settings = UISettings()
        settings.aiPaceMs = 0
        let effects = AppEffects(environment: Self.environment(store: nil))
        let characters = SetupState.characters(from: TableFixtures.library)
        let keys: [Key] = [.character("?"), .character(" "), .character("n"), .down, .enter, .character(" "), .enter,
                           .down, .down, .down, .down, .down, .character("4"), .character("2"), .down, .enter]
        let terminal = PacedTerminal(size: Self.size, steps: keys.map { .after(.zero, .key($0)) }
            + [.when("Hand 1", .key(.character("q")))])
        try PokerApp.run(on: terminal, effects: effects) { now, size in
            AppState.menu(now: now, size: size, settings: settings, characters: characters)
        }
        await effects.finish()
        let screens = terminal.frames.map { $0.frame.textDump() }
        #expect(screens.first?.contains("P O K E R F A C E") == true)
        #expect(screens.contains { $0.contains("Menu keys") }, "? opens the menu help")
        #expect(screens.contains { $0.contains("New game") && $0.contains("Seats") })
        #expect(screens.contains { $0.contains("Opponents: 1 of 5 picked") })
        let setup = try #require(screens.last { $0.contains("Seed") && $0.contains("42") })
        #expect(setup.contains(TableNarrator.clean(TableFixtures.library.entries[0].personality.name)))
        let table = try #require(screens.last { $0.contains("Hand 1") }, "the table came up")
        #expect(table.contains("Hand 1"), "\(table)")
        #expect(table.contains(TableFixtures.library.entries[0].personality.name) || table.contains("Baron"))
    }

    @Test func statsShowTheHUDCareerAndStacks() async throws {
        let (store, _, directory) = try await TableFixtures.storeWithGame()
        let effects = AppEffects(environment: Self.environment(store: store, directory: directory))
        let terminal = PacedTerminal(size: TerminalSize(width: 120, height: 40), steps: [
            .when("P O K E R", .key(.character("s"))), .when("Stacks over the game", .key(.character("q"))),
        ])
        try PokerApp.run(on: terminal, effects: effects) { now, size in
            AppState.menu(now: now, size: size, settings: UISettings(), characters: [])
        }
        await effects.finish()
        let screen = try #require(terminal.frames.last).frame.textDump()
        #expect(screen.contains("HUD (this game)"), "\(screen)")
        #expect(screen.contains("VPIP"))
        #expect(screen.contains("Your career"))
        #expect(screen.contains("Stacks over the game"))
        #expect(screen.contains("hand 8"))
    }

    @Test func replayStepsThroughAHandAndExportsIt() async throws {
        let (store, game, directory) = try await TableFixtures.storeWithGame()
        let hands = try await store.hands(game: game)
        let showdown = try #require(hands.first { $0.showdown == true && $0.isComplete } ?? hands.first)
        let effects = AppEffects(environment: Self.environment(store: store, directory: directory))
        let keys: [Key] = [.right, .character("4"), .character("t"), .character("t")]
        let terminal = PacedTerminal(size: Self.size, steps: [.when("As dealt", .key(.right))]
            + keys.map { .after(.zero, .key($0)) }
            + [.after(.zero, .key(.character("e"))), .when("Exported to", .key(.escape)),
               .when("Won by", .key(.tab)), .after(.zero, .key(.tab)), .when("showdowns", .key(.character("q")))])
        try PokerApp.run(on: terminal, effects: effects, initialCommands: [.loadGames, .replay(.loadHand(handID: showdown.id.rawValue))]) {
            now, size in AppState.replay(now: now, size: size, settings: UISettings())
        }
        await effects.finish()
        let screens = terminal.frames.map { $0.frame.textDump() }
        #expect(screens.contains { $0.contains("step 0/") && $0.contains("As dealt") })
        #expect(screens.contains { $0.contains("step 2/") })
        #expect(screens.contains { $0.contains("Table talk") })
        #expect(screens.contains { $0.contains("Exported to") })
        let phh = directory.appendingPathComponent("exports/hand-\(showdown.id.rawValue).phh")
        #expect(FileManager.default.fileExists(atPath: phh.path))
        let browser = try #require(screens.last)
        #expect(browser.contains("showdowns"), "\(browser)")
        // Every hole card is face up in the replay: no card backs anywhere.
        #expect(!screens.contains { $0.contains("step 2/") && $0.contains("[░░]") })
    }

    @Test func theAILabAndTheUsageReportRunInTheBackground() async throws {
        let store = try await LabFixtures.store()
        let effects = AppEffects(environment: Self.environment(store: store))
        let terminal = PacedTerminal(size: TerminalSize(width: 80, height: 24), steps: [
            .when("P O K E R", .key(.character("l"))), .when("1–50 of 55", .key(.enter)),
            .when("Capture 55 ·", .key(.escape)), .when("Enter show", .key(.character("b"))),
            .when("P O K E R", .key(.character("u"))), .when("total", .key(.character("q"))),
        ])
        try PokerApp.run(on: terminal, effects: effects) { now, size in
            AppState.menu(now: now, size: size, settings: UISettings(), characters: [])
        }
        await effects.finish()
        let screens = terminal.frames.map { $0.frame.textDump() }
        #expect(screens.contains { $0.contains("AI lab · captured decisions") && $0.contains("1–50 of 55") })
        #expect(screens.contains { $0.contains("VERDICT  mistake") })
        let usage = try #require(screens.last)
        #expect(usage.contains("LLM usage by model") && usage.contains("total"), "\(usage)")
    }

    @Test func withoutADatabaseTheLabSaysSoInOneSentence() async throws {
        let effects = AppEffects(environment: Self.environment(store: nil))
        let terminal = PacedTerminal(size: TerminalSize(width: 80, height: 24), steps: [
            .when("P O K E R", .key(.character("l"))), .when("No database is open.", .key(.escape)),
            .when("P O K E R", .key(.character("u"))), .when("No database is open.", .key(.character("q"))),
        ])
        try PokerApp.run(on: terminal, effects: effects) { now, size in
            AppState.menu(now: now, size: size, settings: UISettings(), characters: [])
        }
        await effects.finish()
        let screens = terminal.frames.map { $0.frame.textDump() }
        #expect(screens.contains { $0.contains("AI lab · captured decisions") && $0.contains("No database is open.") })
        #expect(screens.last?.contains("LLM usage by model") == true)
        #expect(screens.last?.contains("No database is open.") == true)
    }
}
