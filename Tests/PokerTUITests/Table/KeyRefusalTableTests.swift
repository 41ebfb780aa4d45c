import PokerAI
import PokerEngine
import Testing
@testable import PokerTUI

/// An LLM seat whose key was refused: the table pauses once and says what happened and what to do.
@Suite struct KeyRefusalTableTests {
    static let refusal = "OpenAI refused the API key with HTTP 401 (check OPENAI_API_KEY or the config file)."

    @Test func theFirstRefusalPausesTheTableWithTheFix() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 3, seed: 2)))
        driver.answerAI = false
        await driver.begin()
        var job = driver.pendingJobs.first
        if job == nil {
            await driver.press(.character("c"))
            job = driver.pendingJobs.first
        }
        let first = try #require(job)
        var decision = Decision(action: .checkOrCall, source: .fallback(reason: Self.refusal))
        decision.providerRefusal = Self.refusal
        driver.pendingJobs.removeAll()
        let before = driver.state.game.value.decisionIndex
        await driver.send(.aiDecided(AIAnswer(job: first, decision: decision)))
        #expect(driver.state.game.value.decisionIndex == before + 1, "the offline bot's move stands")
        #expect(driver.state.paused)
        #expect(driver.state.problem == Self.refusal + " Paused: p plays on with offline bots, q leaves (the game is saved).")

        await driver.press(.character("p"))
        #expect(!driver.state.paused && driver.state.problem == nil)
        await driver.send(.providerRefused(Self.refusal))
        #expect(!driver.state.paused, "only the first refusal pauses the table")
    }
}
