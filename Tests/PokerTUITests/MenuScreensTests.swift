import Foundation
import PokerEngine
import Testing
@testable import PokerTUI

/// The new-game form's opponent picker, a provider without a key, and the settings.
@Suite struct MenuScreensTests {
    static let small = TerminalSize(width: 80, height: 24)

    @Test func theOpponentPickerShowsPlayStyleAndTraits() {
        var setup = SetupState(settings: UISettings(), characters: SetupState.characters(from: TableFixtures.library))
        setup.field = .opponents
        _ = GameSetup.update(&setup, key: .enter)
        let screen = GameSetup.render(setup, size: Self.small, capabilities: .full).textDump()
        #expect(screen.contains("Style") && screen.contains("aggr  loose bluff talk"))
        let styles = ["nit", "TAG", "LAG", "calling station", "maniac", "rock", "balanced"]
        #expect(setup.characters.allSatisfy { styles.contains($0.archetype) }, "\(setup.characters.map(\.archetype))")
        #expect(!screen.split(separator: "\n").contains { $0.contains("[ ]") && $0.contains("\u{2026}") }, "no row is cut")
        #expect(setup.characters.allSatisfy { $0.traits.count == 4 })
        assertSnapshot(screen, named: "new-game-opponents-80x24")
        let wide = GameSetup.render(setup, size: TerminalSize(width: 160, height: 50), capabilities: .full).textDump()
        assertSnapshot(wide, named: "new-game-opponents-160x50")
    }

    /// Defect: an LLM provider without a key started a game whose every decision failed.
    @Test func aProviderWithoutAKeyIsRefusedWithTheLineThatFixesIt() {
        var setup = SetupState(settings: UISettings(), characters: SetupState.characters(from: TableFixtures.library))
        setup.providerProblems = ["openai": "openai needs an API key: export OPENAI_API_KEY=…"]
        setup.field = .ai
        _ = GameSetup.update(&setup, key: .right)
        #expect(SetupState.providers[setup.providerIndex] == "openai")
        #expect(GameSetup.update(&setup, key: .character("s")) == .none)
        #expect(setup.problem == "openai needs an API key: export OPENAI_API_KEY=…")
        _ = GameSetup.update(&setup, key: .left)
        #expect(GameSetup.update(&setup, key: .character("s")) == .start, "offline bots need no key")
    }

    @Test func settingsCoverConfirmationDeckEquityTimeBankAndNewGameDefaults() {
        var screen = SettingsState(settings: UISettings())
        func go(to field: SettingsState.Field) { while screen.field != field { _ = SettingsScreen.update(&screen, key: .down) } }
        go(to: .confirm)
        _ = SettingsScreen.update(&screen, key: .right)
        #expect(!screen.settings.confirmMoves)
        go(to: .deck)
        _ = SettingsScreen.update(&screen, key: .right)
        #expect(screen.settings.fourColorDeck)
        go(to: .timeBank)
        _ = SettingsScreen.update(&screen, key: .right)
        #expect(screen.settings.turnSeconds == 15 && screen.settings.bankSeconds == 30)
        go(to: .seats)
        _ = SettingsScreen.update(&screen, key: .left)
        #expect(screen.settings.seats == 5)
        go(to: .stack)
        _ = SettingsScreen.update(&screen, key: .right)
        #expect(screen.settings.startingStack == 2_000)
        go(to: .blindSpeed)
        _ = SettingsScreen.update(&screen, key: .right)
        #expect(screen.settings.handsPerLevel == 10)
        let table = screen.settings.tableSettings
        #expect(!table.confirmMoves && table.turnTime == .seconds(15) && table.timeBank == .seconds(30))
        let text = SettingsScreen.render(screen, size: Self.small, capabilities: .full).textDump()
        assertSnapshot(text, named: "settings-80x24")
        let wide = SettingsScreen.render(screen, size: TerminalSize(width: 160, height: 50), capabilities: .full).textDump()
        assertSnapshot(wide, named: "settings-160x50")
        // The new-game form starts from these defaults.
        let setup = SetupState(settings: screen.settings, characters: [])
        #expect(setup.seats == 5 && SetupState.stacks[setup.stackIndex] == 2_000 && SetupState.speeds[setup.speedIndex].handsPerLevel == 10)
    }

    @Test func theNameFieldsAndSavedSettingsRefuseControlCharacters() throws {
        var screen = SettingsState(settings: UISettings())
        while screen.field != .name { _ = SettingsScreen.update(&screen, key: .down) }
        for _ in 0..<3 { _ = SettingsScreen.update(&screen, key: .backspace) }
        for c: Character in ["A", "\u{1B}", "\u{202E}", "\u{9B}", "l", "\u{07}"] { _ = SettingsScreen.update(&screen, key: .character(c)) }
        #expect(screen.settings.playerName == "Al")
        var setup = SetupState(settings: UISettings(), characters: [])
        while setup.field != .name { _ = GameSetup.update(&setup, key: .down) }
        let before = setup.name
        for c: Character in ["\u{1B}", "\u{2066}", "x"] { _ = GameSetup.update(&setup, key: .character(c)) }
        #expect(setup.name == before + "x")
        let saved = Data(#"{"playerName": "Eve\u001b[31m\u202e"}"#.utf8)
        #expect(try JSONDecoder().decode(UISettings.self, from: saved).playerName == UISettings().playerName,
                "a hand-edited name with escapes falls back to the default")
    }

    @Test func aFourColourDeckGivesDiamondsAndClubsTheirOwnColours() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 6, seed: 7)))
        await driver.begin()
        var capabilities = TerminalCapabilities.full
        capabilities.fourColorDeck = true
        let styled = TableScreen.render(driver.state, size: Self.small, capabilities: capabilities)
        let dump = styled.textDump().split(separator: "\n"), styles = styled.styledDump().split(separator: "\n")
        let row = try #require(dump.firstIndex { $0.contains("[J♦][T♥]") })
        let column = dump[row].distance(from: dump[row].startIndex, to: try #require(dump[row].range(of: "[J♦]")).lowerBound)
        let letters = Array(styles[row])
        #expect(letters[column] == "D", "diamonds are blue")
        #expect(letters[column + 4] == "r", "hearts stay red")
        #expect(Palette(capabilities: .full).appearance(of: .diamonds).foreground == .blue)
        #expect(Palette(capabilities: .full).appearance(of: .clubs).foreground == .green)
        assertSnapshot(styled.styledDump(), named: "table-four-colour-80x24.styles")
        let wide = TableScreen.render(driver.state, size: TerminalSize(width: 160, height: 50), capabilities: capabilities)
        assertSnapshot(wide.styledDump(), named: "table-four-colour-160x50.styles")
        _ = driver
    }
}
