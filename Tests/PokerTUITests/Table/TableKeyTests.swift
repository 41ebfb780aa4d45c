import PokerAI
import PokerEngine
import PokerGame
import Testing
@testable import PokerTUI

/// The table driven by key scripts, with offline bots (or scripted AI moves) answering in line.
@Suite struct TableKeyTests {
    /// The human's moves so far in the log ("You call 20").
    static func humanLines(_ state: TableState) -> [String] {
        state.log.entries.map(\.plainText).filter { $0.hasPrefix("You ") }
    }

    static func saves(_ commands: [TableCommand]) -> [(newHand: Bool, hand: Int)] {
        commands.compactMap { command in
            guard case let .save(.step(_, game, newHand, _)) = command else { return nil }
            return (newHand, game.match.handsPlayed)
        }
    }

    @Test func aWholeHandPlayedByKeys() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 6, seed: 7)))
        await driver.begin()
        #expect(driver.state.humanToAct)
        // Preflop: raise to 100 by typing the amount.
        await driver.press(.character("r"), .backspace, .backspace)
        await driver.type("100")
        await driver.press(.enter)
        #expect(driver.state.problem == nil)
        #expect(Self.humanLines(driver.state).contains("You raise to 100"))
        // Then check or call until the hand is over.
        var presses = 0
        while driver.state.phase == .inHand, presses < 10 {
            #expect(driver.state.humanToAct)
            await driver.press(.character("c"))
            presses += 1
        }
        #expect(driver.state.phase == .handOver)
        let game = driver.state.game.value
        #expect(game.match.stacks.reduce(Chips.zero, +) == Chips(6 * 1_500), "chips are conserved")
        let saves = Self.saves(driver.commands)
        #expect(saves.first?.newHand == true)
        #expect(saves.count == 1 + (game.match.hand?.events.filter(\.isDecision).count ?? 0),
                "one save for the deal and one per decision")
        #expect(driver.screen().contains("Hand over"))
        // Space deals the next hand.
        await driver.press(.character(" "))
        #expect(driver.state.game.value.match.handsPlayed == 2)
    }

    @Test func aRaiseOutOfRangeIsRefusedWithTheReason() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 6, seed: 1)))
        await driver.begin()
        let legal = try #require(driver.state.humanLegal)
        #expect(legal.minRaiseTo == Chips(80))
        let before = driver.state.game
        await driver.press(.character("r"))
        await driver.type("50")
        await driver.press(.enter)
        #expect(driver.state.problem == "Raise to 50 is below the minimum 80.")
        #expect(driver.state.game == before, "nothing was played")
        #expect(driver.screen().contains("Raise to 50 is below the minimum 80."))
        await driver.press(.backspace, .backspace)
        await driver.type("99999")
        await driver.press(.enter)
        #expect(driver.state.problem == "Raise to 99,999 is more than you have: the most is 1,500 (all-in).")
        await driver.press(.backspace, .backspace, .backspace, .backspace, .backspace, .enter)
        #expect(driver.state.problem == "Type an amount from 80 to 1,500.")
        await driver.press(.character("z"))
        #expect(driver.state.problem?.hasPrefix("Type chips, 3bb, 2.5x or 75%") == true)
        #expect(driver.state.game == before)
        // A preset is legal by construction.
        await driver.press(.character("p"), .enter)
        #expect(driver.state.problem == nil)
        #expect(Self.humanLines(driver.state).contains { $0.hasPrefix("You raise to") })
    }

    @Test func foldingWhenCheckingIsFreeIsExplained() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 3, seed: 4)))
        driver.script = TableDriver.callingStation
        await driver.begin()
        while driver.state.humanLegal?.canCheck == false { await driver.press(.character("c")) }
        let legal = try #require(driver.state.humanLegal)
        #expect(legal.canCheck)
        let before = driver.state.game
        await driver.press(.character("f"))
        #expect(driver.state.problem == "Nothing to call: check instead of folding.")
        #expect(driver.state.game == before)
    }

    @Test func lateAIAnswersAreDropped() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 3, seed: 2)))
        driver.answerAI = false
        await driver.begin()
        var job = driver.pendingJobs.first
        if job == nil {  // the human acts first: call, then an AI is asked
            await driver.press(.character("c"))
            job = driver.pendingJobs.first
        }
        let first = try #require(job)
        let answer = AIAnswer(job: first, decision: Decision(action: .checkOrCall, source: .offline))
        driver.pendingJobs.removeAll()
        await driver.send(.aiDecided(answer))
        #expect(driver.state.droppedAnswers == 0, "the awaited answer is applied")

        // The same answer again: the decision index has moved on.
        var before = driver.state.game
        await driver.send(.aiDecided(answer))
        #expect(driver.state.droppedAnswers == 1)
        #expect(driver.state.game == before)

        // An answer from another table (an earlier game in the same run).
        let other = AIAnswer(session: 99, seat: first.seat, handNumber: first.handNumber, decisionIndex: first.decisionIndex + 1,
                             decision: Decision(action: .fold, source: .offline))
        await driver.send(.aiDecided(other))
        #expect(driver.state.droppedAnswers == 2)
        #expect(driver.state.game == before)

        // Finish the hand, deal the next: hand 1's answer arriving now is dropped too.
        driver.script = TableDriver.callingStation
        driver.answerAI = true
        for pending in driver.pendingJobs {
            await driver.send(.aiDecided(AIAnswer(job: pending, decision: Decision(action: .checkOrCall, source: .offline))))
        }
        while driver.state.phase == .inHand { await driver.press(.character("c")) }
        await driver.press(.character(" "))
        #expect(driver.state.game.value.match.handsPlayed == 2)
        before = driver.state.game
        let dropped = driver.state.droppedAnswers
        await driver.send(.aiDecided(AIAnswer(session: 1, seat: first.seat, handNumber: 1, decisionIndex: first.decisionIndex,
                                              decision: Decision(action: .fold, source: .offline))))
        #expect(driver.state.droppedAnswers == dropped + 1)
        #expect(driver.state.game == before)
    }

    @Test func talkGoesToTheTableAndIsSaved() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 4, seed: 7)))
        await driver.begin()
        await driver.press(.character("t"))
        await driver.type("quite a hand, Merlin \u{1B}[2J")
        #expect(driver.state.entry == .talk("quite a hand, Merlin \u{1B}[2J"), "q is typed, not quit")
        await driver.press(.enter)
        #expect(driver.state.entry == .none)
        let said = driver.state.log.entries.map(\.plainText).first { $0.hasPrefix("You: ") }
        #expect(said == "You: quite a hand, Merlin", "escape sequences never reach the screen")
        #expect(driver.commands.contains { if case .save(.talk) = $0 { true } else { false } })
    }

    @Test func anAllInBoardIsDealtStreetByStreet() async throws {
        let game = try TableFixtures.game(seats: 2, seed: 5)
        let pace = Duration.milliseconds(800)
        var driver = TableDriver(TableFixtures.table(game, settings: TableSettings(aiPace: .zero, runoutPace: pace)))
        driver.script = TableDriver.callingStation
        await driver.begin()
        while !driver.state.humanToAct { await driver.press(.character("c")) }
        await driver.press(.character("a"), .character("a"))
        #expect(driver.state.phase == .runout)
        #expect(driver.state.scene.visibleBoard.isEmpty)
        #expect(TableScreen.needsTicks(driver.state))
        #expect(!driver.screen().contains("wins"), "no result before the board is out")
        var shown: [Int] = []
        for step in 1...3 {
            driver.state.now = TableFixtures.start.advanced(by: pace * step)
            await driver.send(.tick)
            shown.append(driver.state.scene.visibleBoard.count)
        }
        #expect(shown == [3, 4, 5])
        #expect(driver.state.phase != .runout)
        #expect(driver.screen().contains("win"))
    }

    @Test func anyKeyShowsTheRestOfTheBoard() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 2, seed: 5),
                                                     settings: TableSettings(aiPace: .zero, runoutPace: .seconds(1))))
        driver.script = TableDriver.callingStation
        await driver.begin()
        while !driver.state.humanToAct { await driver.press(.character("c")) }
        await driver.press(.character("a"), .character("a"))
        #expect(driver.state.phase == .runout)
        await driver.press(.character("c"))
        #expect(driver.state.scene.visibleBoard.count == 5)
        #expect(driver.state.runout == nil)
    }

    @Test func bustingOffersWatchingPlayingOutOrAbandoning() async throws {
        var busted: TableDriver?
        for seed in UInt64(1)...30 {
            let game = try TableFixtures.withStacks(try TableFixtures.game(seats: 3, seed: seed), [100, 2_200, 2_200])
            var driver = TableDriver(TableFixtures.table(game))
            driver.script = TableDriver.callingStation
            await driver.begin()
            while driver.state.phase == .inHand { await driver.press(.character("a")) }
            if case .humanBusted = driver.state.phase { busted = driver; break }
        }
        var driver = try #require(busted, "no seed busted the short stack")
        #expect(driver.state.phase == .humanBusted(place: 3))
        #expect(driver.screen().contains("You finished in 3rd place."))
        // Said once per place it belongs (defect: the bar under the box said it again): the box
        // and one log line say it, the action bar does not.
        #expect(driver.state.log.entries.filter { $0.plainText.contains("3rd place") }.count == 1,
                "\(driver.state.log.entries.map(\.plainText))")
        let bar = TableScreen.actionBar(driver.state).status.map { span in if case let .text(text, _) = span { text } else { "" } }
        #expect(!bar.joined().contains("place"), "\(bar)")
        var quick = driver
        await quick.press(.character("s"))
        #expect(quick.commands.last.map { if case .simulate = $0 { true } else { false } } == true)
        var leaving = driver
        await leaving.press(.character("x"), .character("x"))
        #expect(leaving.commands.last.map { if case .abandon = $0 { true } else { false } } == true)
        await driver.press(.character("w"))
        #expect(driver.state.watching)
        #expect(driver.state.phase == .handOver)
        #expect(TableScreen.needsTicks(driver.state), "watching deals by itself")
        driver.state.now = TableFixtures.start.advanced(by: .seconds(3))
        await driver.send(.tick)
        #expect(driver.state.game.value.match.handsPlayed >= 2)
    }

    @Test func qQuitsFromTheTableAndTheRaiseBox() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 6, seed: 1)))
        await driver.begin()
        await driver.press(.character("q"))
        #expect(driver.commands.last.map { if case .quit = $0 { true } else { false } } == true)
        await driver.press(.character("r"), .character("q"))
        #expect(driver.commands.last.map { if case .quit = $0 { true } else { false } } == true)
    }

    @Test func logScrollsBackAndFollows() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 6, seed: 7)))
        await driver.begin()
        await driver.press(.pageUp)
        #expect(driver.state.log.scroll > 0)
        #expect(driver.screen().contains("newer below"))
        await driver.press(.end)
        #expect(driver.state.log.scroll == 0)
    }
}
