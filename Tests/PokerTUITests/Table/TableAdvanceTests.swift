import PokerAI
import PokerEngine
import PokerGame
import Testing
@testable import PokerTUI

/// Moves chosen before the human's turn (`1`–`4`), as PokerStars' pre-action boxes.
@Suite struct TableAdvanceTests {
    /// Six seats, seed 7: two AI seats act before the human preflop. AI answers are held back so
    /// the test can press keys while another player is to act.
    static func waiting() async throws -> TableDriver {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 6, seed: 7)))
        driver.answerAI = false
        await driver.begin()
        #expect(!driver.state.humanToAct && !driver.pendingJobs.isEmpty)
        return driver
    }

    /// Answers the waiting AI decisions with `action` until the human is to act or the hand ends.
    static func answerAI(_ driver: inout TableDriver, _ action: @escaping @Sendable (DecisionJob) -> Action) async {
        while let job = driver.pendingJobs.first {
            driver.pendingJobs.removeFirst()
            await driver.send(.aiDecided(AIAnswer(job: job, decision: Decision(action: action(job), source: .offline))))
        }
    }

    /// Answers the first waiting AI decision only.
    static func answerOne(_ driver: inout TableDriver, _ action: @escaping @Sendable (DecisionJob) -> Action) async {
        guard let job = driver.pendingJobs.first else { return }
        driver.pendingJobs.removeFirst()
        await driver.send(.aiDecided(AIAnswer(job: job, decision: Decision(action: action(job), source: .offline))))
    }

    /// The human's decisions in the log.
    static func moves(_ state: TableState) -> [String] {
        TableKeyTests.humanLines(state).filter { line in
            ["You fold", "You check", "You call", "You bet", "You raise"].contains { line.hasPrefix($0) }
        }
    }

    @Test func callAnyCallsWhenTheTurnComes() async throws {
        var driver = try await Self.waiting()
        await driver.press(.character("3"))
        #expect(driver.state.advanceAction == .callAny)
        #expect(driver.screen().contains("you: call any"))
        driver.assertSnapshots("table-advance-call-any")
        await Self.answerAI(&driver) { _ in .checkOrCall }
        #expect(TableKeyTests.humanLines(driver.state).first == "You call 20", "played without a key on the turn")
        #expect(driver.state.advanceAction == nil, "used once")
    }

    @Test func theSameKeyAgainDisarms() async throws {
        var driver = try await Self.waiting()
        await driver.press(.character("1"), .character("1"))
        #expect(driver.state.advanceAction == nil)
        await driver.press(.character("2"), .escape)
        #expect(driver.state.advanceAction == nil)
    }

    @Test func checkStandsDownFacingABetAndCheckFoldFolds() async throws {
        var driver = try await Self.waiting()
        await driver.press(.character("2"))
        // Someone raises before the human: the advance check stands down and the human decides.
        await Self.answerAI(&driver) { job in job.request.legal?.maxRaiseTo.map { _ in .betOrRaise(to: 60) } ?? .checkOrCall }
        #expect(driver.state.humanToAct)
        #expect(driver.state.advanceAction == nil)
        #expect(driver.state.problem == "There is a bet: your advance check stood down.")

        var folding = try await Self.waiting()
        await folding.press(.character("1"))
        await Self.answerAI(&folding) { job in job.request.legal?.maxRaiseTo.map { _ in .betOrRaise(to: 60) } ?? .checkOrCall }
        #expect(TableKeyTests.humanLines(folding.state).first == "You fold")
    }

    @Test func foldToAnyBetChecksThroughThenFolds() async throws {
        // Heads-up, the human in the big blind: the button limps, the human's advance move checks,
        // stays armed, and folds to the first bet on the flop.
        for seed in UInt64(1)...20 {
            var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 2, seed: seed)))
            driver.answerAI = false
            await driver.begin()
            guard !driver.state.humanToAct, !driver.pendingJobs.isEmpty else { continue }
            await driver.press(.character("4"))
            // The button limps; the human checks, and (first to act on the flop) checks again by itself.
            await Self.answerOne(&driver) { _ in .checkOrCall }
            #expect(Self.moves(driver.state) == ["You check", "You check"])
            #expect(driver.state.advanceAction == .foldToAnyBet, "still armed")
            // The button bets; the human folds.
            await Self.answerOne(&driver) { job in job.request.legal?.minRaiseTo.map { .betOrRaise(to: $0) } ?? .checkOrCall }
            #expect(Self.moves(driver.state) == ["You check", "You check", "You fold"])
            #expect(driver.state.advanceAction == nil)
            return
        }
        Issue.record("no seed put the human in the big blind")
    }

    @Test func advanceKeysAreRefusedOnYourTurnAndOutsideAHand() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 6, seed: 7)))
        await driver.begin()
        #expect(driver.state.humanToAct)
        await driver.press(.character("3"))
        #expect(driver.state.advanceAction == nil)
        #expect(driver.state.problem == "It is your turn: f, c, r or a.")
    }
}
