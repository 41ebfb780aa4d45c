import PokerAI
import PokerEngine
import PokerGame
import Testing
@testable import PokerTUI

/// What a player looks at around the hand: big blinds, the tournament panel, the previous hand,
/// notes, pausing, showing cards, the clock, the odds and the equity hint.
@Suite struct TableInfoTests {
    static func preflop(seats: Int = 6, seed: UInt64 = 7, settings: TableSettings = TableSettings(aiPace: .zero, runoutPace: .zero))
        async throws -> TableDriver {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: seats, seed: seed), settings: settings))
        await driver.begin()
        return driver
    }

    @Test func stacksInBigBlinds() async throws {
        var driver = try await Self.preflop()
        await driver.press(.character("b"))
        let screen = driver.screen()
        #expect(screen.contains("75 bb"), "1,500 chips at 10/20:\n\(screen)")
        #expect(screen.contains("2.5 bb to call"), "\(screen)")
        driver.assertSnapshots("table-big-blinds")
        await driver.press(.character("b"))
        #expect(driver.screen().contains("1,500"))
    }

    @Test func theTournamentPanel() async throws {
        var driver = try await Self.preflop()
        await driver.press(.character("i"))
        let screen = driver.screen()
        for text in ["Players 6 of 6", "Average 1,500", "Your rank", "Level 1 · 10/20", "Next 15/30 in 6 hands"] {
            #expect(screen.contains(text), "\(text):\n\(screen)")
        }
        driver.assertSnapshots("table-tournament")
        await driver.press(.character("i"))
        #expect(driver.state.overlay == nil)
        let wide = driver.screen(TerminalSize(width: 160, height: 50))
        #expect(wide.contains("Tournament") && wide.contains("Players 6 of 6"), "on wide screens the panel is always there")
    }

    @Test func thePreviousHandIsOneKeyAway() async throws {
        var driver = try await Self.preflop()
        await driver.press(.character("l"))
        #expect(driver.state.problem == "There is no previous hand yet.")
        while driver.state.phase == .inHand { await driver.press(.character("f")) }
        await driver.press(.character(" "), .character("l"))
        let screen = driver.screen()
        #expect(screen.contains("Previous hand: hand 1"), "\(screen)")
        #expect(screen.contains("You fold"))
        assertSnapshot(screen, named: "table-previous-hand-80x24")
        assertSnapshot(driver.screen(TerminalSize(width: 160, height: 50)), named: "table-previous-hand-160x50")
    }

    @Test func notesOnAPlayerAreKeptWithTheGame() async throws {
        var driver = try await Self.preflop(seats: 4)
        await driver.press(.character("N"))
        guard case let .notes(first, _) = driver.state.overlay else { Issue.record("no notes box"); return }
        await driver.press(.down)
        guard case let .notes(seat, _) = driver.state.overlay else { Issue.record("no notes box"); return }
        #expect(seat != first && seat != 0)
        await driver.type("limps a lot, folds to 3-bets")
        driver.assertSnapshots("table-notes")
        await driver.press(.enter)
        #expect(driver.state.notes[seat] == "limps a lot, folds to 3-bets")
        let saved = driver.commands.last { if case .saveNote = $0 { true } else { false } }
        guard case let .saveNote(noteSeat, _, text)? = saved else { Issue.record("the note was not saved"); return }
        #expect(noteSeat == seat && text == "limps a lot, folds to 3-bets")
        #expect(driver.screen().contains("\u{270E}"), "the seat is marked")
        // Esc closes without keeping a change.
        await driver.press(.character("N"), .down)
        await driver.type("xx")
        await driver.press(.escape)
        #expect(driver.state.notes[seat] == "limps a lot, folds to 3-bets")
    }

    @Test func pauseHoldsAIAnswersUntilPlayResumes() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 6, seed: 7)))
        driver.answerAI = false
        await driver.begin()
        let job = try #require(driver.pendingJobs.first)
        driver.pendingJobs.removeAll()
        await driver.press(.character("p"))
        #expect(driver.state.paused && !TableScreen.needsTicks(driver.state))
        let before = driver.state.game
        await driver.send(.aiDecided(AIAnswer(job: job, decision: Decision(action: .fold, source: .offline))))
        #expect(driver.state.game == before, "held while paused")
        #expect(driver.screen().contains("Paused"))
        driver.assertSnapshots("table-paused")
        await driver.press(.character("f"))
        #expect(driver.state.problem == "Paused: p resumes play.")
        await driver.press(.character("p"))
        #expect(!driver.state.paused)
        #expect(driver.state.game != before, "applied on resume")
        #expect(driver.state.droppedAnswers == 0)
    }

    @Test func showingCardsAfterWinningUncontested() async throws {
        var driver = try await Self.preflop()
        driver.script = { _ in .fold }
        await driver.press(.character("r"), .enter)
        #expect(driver.state.phase == .handOver)
        #expect(driver.screen().contains("v show your cards"))
        await driver.press(.character("v"))
        let shown = driver.state.log.entries.last?.plainText ?? ""
        #expect(shown.hasPrefix("You show "), "\(shown)")
        driver.assertSnapshots("table-shown-cards")
        #expect(driver.commands.contains { if case .save(.talk) = $0 { true } else { false } }, "kept with the game's talk")
        await driver.press(.character("v"))
        #expect(driver.state.problem == "Your cards are already face up.")
    }

    /// At a showdown the human loses, the losing cards are mucked (PokerKit's policy: only a hand
    /// that can still win is shown); `v` then shows them, once.
    @Test func aHandLostAtShowdownIsMuckedUntilYouShowIt() async throws {
        for seed in UInt64(1)...60 {
            var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 3, seed: seed)))
            driver.script = TableDriver.callingStation
            await driver.begin()
            while driver.state.humanToAct { await driver.press(.character("c")) }
            guard driver.state.phase == .handOver, let hand = driver.state.game.value.match.hand,
                  let p = driver.state.viewerPosition, hand.events.contains(.mucked(player: p)) else { continue }
            #expect(driver.screen().contains("v show your cards"), "\(driver.screen())")
            await driver.press(.character("v"))
            let shown = driver.state.log.entries.last?.plainText ?? ""
            #expect(shown.hasPrefix("You show "), "\(shown)")
            await driver.press(.character("v"))
            #expect(driver.state.problem == "Your cards are already face up.")
            return
        }
        Issue.record("no seed had the human lose a showdown with the cards mucked")
    }

    @Test func theTimeBankChecksOrFoldsWhenItRunsOut() async throws {
        var settings = TableSettings(aiPace: .zero, runoutPace: .zero)
        settings.turnTime = .seconds(10)
        settings.timeBank = .seconds(5)
        var driver = try await Self.preflop(settings: settings)
        #expect(driver.state.humanToAct && TableScreen.needsTicks(driver.state))
        driver.state.now = TableFixtures.start.advanced(by: .seconds(12))
        #expect(driver.screen().contains("time bank 3s"), "\(driver.screen())")
        driver.assertSnapshots("table-time-bank")
        driver.state.now = TableFixtures.start.advanced(by: .seconds(15))
        await driver.send(.tick)
        #expect(TableKeyTests.humanLines(driver.state).contains("You fold"))
        #expect(driver.state.problem == "Your time ran out: the table folded for you.")
    }

    @Test func potOddsAlwaysEquityOnlyInEasierModes() async throws {
        let driver = try await Self.preflop()
        let bar = driver.screen()
        #expect(bar.contains("50 to call · 38% · 1.6:1 · equity "), "\(bar)")
        var options = NewGameOptions()
        options.seats = 6
        options.seed = 7
        options.humanName = "You"
        options.mode = .pro
        var pro = TableDriver(TableFixtures.table(try GameState.new(options, library: TableFixtures.library)))
        await pro.begin()
        #expect(!pro.commands.contains { if case .estimateEquity = $0 { true } else { false } }, "no equity is computed")
        #expect(!pro.screen().contains("equity"))
    }

    /// On the flop the odds line is there and the human's seat names the draws beside the made
    /// hand ("High card, Ace · flush draw, overcards"). Searches seeds for a flop with a draw.
    @Test func drawsAreNamedAtTheTable() async throws {
        for seed in UInt64(1)...60 {
            var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 6, seed: seed)))
            driver.script = TableDriver.callingStation
            await driver.begin()
            while driver.state.humanToAct, (driver.state.game.value.match.hand?.board.count ?? 0) < 3 {
                await driver.press(.character("c"))
            }
            guard driver.state.humanToAct, let hand = driver.state.game.value.match.hand, hand.board.count == 3,
                  let p = driver.state.viewerPosition else { continue }
            let draws = DrawFinder.draws(hole: hand.holeCards[p], board: hand.board)
            guard !draws.isEmpty else { continue }
            let made = HandEvaluator.evaluate(hand.holeCards[p] + hand.board).description
            let screen = driver.screen()
            #expect(screen.contains(made + " \u{00B7} " + draws.joined(separator: ", ")), "\(screen)")
            #expect(screen.contains("Your turn"))
            driver.assertSnapshots("table-draws")
            return
        }
        Issue.record("no seed gave the human a draw on the flop")
    }

    @Test func theOddsLineReadsLikeAPlayerSaysIt() throws {
        let legal = try RaiseEntryTests.legal()  // 50 to call into 90
        #expect(TableScreen.oddsLine(legal, equity: nil, inBigBlinds: nil) == "50 to call · 36% · 1.8:1")
        let estimate = EquityEstimate(handNumber: 1, boardCount: 0, opponents: 2, equity: 0.414)
        #expect(TableScreen.oddsLine(legal, equity: estimate, inBigBlinds: Chips(20))
                == "2.5 bb to call · 36% · 1.8:1 · equity 41%")
    }
}
