import PokerAI
import PokerEngine
import PokerGame
import Testing
@testable import PokerTUI

/// Moves that cannot be taken back wait for a second press; busting leaves every choice open;
/// `q` at a table opened from the menu goes back to it.
@Suite struct TableConfirmTests {
    static func isCommand(_ command: TableCommand?, _ test: (TableCommand) -> Bool) -> Bool { command.map(test) ?? false }

    @Test func allInWaitsForASecondPress() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 6, seed: 7)))
        await driver.begin()
        let before = driver.state.game
        await driver.press(.character("a"))
        #expect(driver.state.confirming == .allIn(Chips(1_500)))
        #expect(driver.state.game == before, "one press plays nothing")
        #expect(driver.screen().contains("All-in for 1,500? Press a again to confirm, any other key cancels."))
        driver.assertSnapshots("table-all-in-confirm")
        await driver.press(.character("c"))
        #expect(driver.state.confirming == nil)
        #expect(driver.state.game == before, "the other key only cancelled")
        await driver.press(.character("a"), .character("a"))
        #expect(TableKeyTests.humanLines(driver.state).contains { $0.hasPrefix("You raise to 1,500") })
    }

    @Test func withConfirmationOffOnePressActs() async throws {
        var settings = TableSettings(aiPace: .zero, runoutPace: .zero)
        settings.confirmMoves = false
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 6, seed: 7), settings: settings))
        await driver.begin()
        await driver.press(.character("a"))
        #expect(TableKeyTests.humanLines(driver.state).contains { $0.hasPrefix("You raise to 1,500") })
    }

    @Test func abandoningWaitsForASecondPress() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 4, seed: 7)))
        await driver.begin()
        await driver.press(.character("x"))
        #expect(driver.state.confirming == .abandon)
        driver.assertSnapshots("table-abandon-confirm")
        #expect(!driver.commands.contains { if case .abandon = $0 { true } else { false } })
        await driver.press(.escape)
        #expect(driver.state.confirming == nil)
        await driver.press(.character("x"), .character("x"))
        #expect(Self.isCommand(driver.commands.last) { if case .abandon = $0 { true } else { false } })
    }

    /// Defect: after `w` (or resuming a busted game) `s` and `x` were dead though the help listed them.
    @Test func watchingAfterBustingStillOffersPlayingOutAndAbandoning() async throws {
        var busted: TableDriver?
        for seed in UInt64(1)...30 {
            let game = try TableFixtures.withStacks(try TableFixtures.game(seats: 3, seed: seed), [100, 2_200, 2_200])
            var driver = TableDriver(TableFixtures.table(game))
            driver.script = TableDriver.callingStation
            await driver.begin()
            while driver.state.phase == .inHand { await driver.press(.character("a")) }
            if case .humanBusted = driver.state.phase { busted = driver; break }
        }
        var driver = try #require(busted)
        await driver.press(.character("w"))
        #expect(driver.state.watching)
        var quick = driver
        await quick.press(.character("s"))
        #expect(Self.isCommand(quick.commands.last) { if case .simulate = $0 { true } else { false } })
        await driver.press(.character("x"), .character("x"))
        #expect(Self.isCommand(driver.commands.last) { if case .abandon = $0 { true } else { false } })
        // A busted game resumed: the table watches, and `s` still plays it out.
        var resumed = TableDriver(TableFixtures.table(driver.state.game.value))
        await resumed.begin()
        #expect(resumed.state.watching)
        await resumed.press(.character("s"))
        #expect(resumed.commands.contains { if case .simulate = $0 { true } else { false } })
    }

    /// Defect: `q` at a table opened from the menu ended the program without a word.
    @Test func qAtTheMenusTableGoesBackToTheMenu() throws {
        let game = try TableFixtures.game(seats: 4, seed: 7)
        let table = TableFixtures.table(game)
        var state = AppState(screen: .table(table), now: TableFixtures.start, size: table.size, settings: UISettings(), hasMenu: true)
        let commands = PokerApp.update(&state, AppMsg(at: TableFixtures.start, .key(.character("q"))))
        guard case let .menu(menu) = state.screen else { Issue.record("not back at the menu: \(state.screen)"); return }
        #expect(menu.notice == "Game 1 is saved: r resumes it.")
        #expect(commands.contains { if case .stopGame = $0 { true } else { false } })
        #expect(!commands.contains { if case .quit = $0 { true } else { false } })
        // Opened by `pokerface play`: q quits, and the shell is told how to resume.
        var alone = AppState.table(game, gameID: 1, now: TableFixtures.start, size: table.size, settings: UISettings())
        let quit = PokerApp.update(&alone, AppMsg(at: TableFixtures.start, .key(.character("q"))))
        #expect(quit.contains { if case .quit = $0 { true } else { false } })
        #expect(PokerApp.farewell(alone) == "Saved \u{2014} resume with: pokerface resume 1")
    }
}
