import Foundation
import LLMClient
import PokerAI
import PokerGame
import PokerLab
import PokerStore
import PokerTestSupport
import Testing

/// Re-running captured decisions against the fake server with scripted different answers.
@Suite struct RerunTests {
    func fold(_ index: Int = 0) -> JSONValue {
        ["content": .string(#"{"action": "fold", "raise_to": 0, "inner_monologue": "Too expensive; I let it go."}"#),
         "usage": ["input": .int(900 + index), "output": .int(30)]]
    }

    func callMistakes(_ store: GameStore) async throws -> [CaptureSummary] {
        var filter = CaptureFilter()
        filter.verdict = .mistake
        filter.action = "call"
        filter.limit = 1_000
        return try await store.browseCaptures(filter).captures
    }

    @Test func aScriptedFoldTurnsABadCallIntoACorrectFold() async throws {
        let dir = try TestPaths.temporaryDirectory("pokerlab")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (store, game, _) = try await SharedLabDatabase.shared.copy(into: dir)
        let mistake = try #require(try await callMistakes(store).first)
        let url = try await FakeLLMServer.shared().script("rerun-fold", [fold()])
        let rerunner = DecisionRerunner(store: store, library: LabGame.library, transport: CurlTransport.shared)
        // A paid provider: the price comes from the database's pricing table (USD per million tokens).
        try await store.upsertPricing(PricingRow(provider: "openai", model: "other-model", asOf: Date(timeIntervalSince1970: 0),
                                                 inputPerMTok: 2, outputPerMTok: 8))
        let config = LLMConfig(provider: .openai, model: "other-model", baseURL: url, apiKey: APIKey("sk-lab-test"))
        let result = try await rerunner.rerun(mistake.id, options: RerunOptions(target: .llm(config)))
        #expect(result.original.judgement?.verdict == "mistake" && result.original.judgement?.action == "call")
        #expect(result.rerun.judgement?.action == "fold")
        #expect(result.rerun.judgement?.verdict == "correct")
        #expect(result.verdictChange == "mistake → correct" && result.actionChanged && result.direction == 1)
        #expect(result.promptChange == "unchanged")
        #expect(result.rerun.model == "other-model" && result.rerun.inputTokens == 900)
        #expect(abs((result.rerun.costUSD ?? 0) - (900 * 2 + 30 * 8) / 1e6) < 1e-12)
        #expect(result.original.costUSD == 0)
        #expect(result.rerun.answers.count == 1 && result.rerun.answers[0].contains("Too expensive"))

        // Captured as a re-run of the original, metered as debug_rerun and linked to its usage.
        let newID = try #require(result.rerun.capture)
        let row = try await store.capture(newID)
        #expect(row.parent == mistake.id && row.callType == "debug_rerun" && row.game == game)
        #expect(row.action == "fold" && row.requestJSON != nil)
        let usage = try await store.usage(of: row)
        #expect(usage.map(\.callType) == ["debug_rerun"] && usage.first?.model == "other-model")
        #expect(try await store.labels(capture: newID).map(\.label).contains("verdict:correct"))
        var filter = CaptureFilter()
        filter.kind = .reruns
        filter.verdict = .correct
        #expect(try await store.browseCaptures(filter).captures.map(\.id) == [newID])
        let detail = try await CaptureDetail.load(mistake.id, store: store)
        #expect(detail.reruns.map(\.id) == [newID])
        // The prompt sent is the captured one, unchanged.
        let bodies = try await FakeLLMServer.shared().requestBodies("rerun-fold")
        let original = try await store.capture(mistake.id)
        let firstLine = try #require(original.userMessage.split(separator: "\n").first)
        #expect(bodies.last?.contains(String(firstLine)) == true)
        let text = result.text
        #expect(text.contains("ORIGINAL") && text.contains("RE-RUN") && text.contains("mistake → correct"))
        let report = try await store.usageReport(UsageQuery(grouping: .callType))
        #expect(report.groups.first { $0.key == "debug_rerun" }?.calls == 1)
    }

    @Test func editedPromptsGuidanceAndModesChangeWhatIsSent() async throws {
        let dir = try TestPaths.temporaryDirectory("pokerlab")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (store, _, baseURL) = try await SharedLabDatabase.shared.copy(into: dir)
        var filter = CaptureFilter()
        filter.street = "flop"
        filter.action = "call"
        let id = try #require(try await store.browseCaptures(filter).captures.first?.id)
        let url = try await FakeLLMServer.shared().script("rerun-edits", [fold(1), fold(2), fold(3), fold(4)])
        let rerunner = DecisionRerunner(store: store, library: LabGame.library, transport: CurlTransport.shared)
        let config = LLMConfig(provider: .local, model: LabGame.model, baseURL: url)

        let planned = try await rerunner.plannedPrompt(id, options: RerunOptions())
        let original = try await store.capture(id)
        #expect(planned.system == original.systemPrompt && planned.user == original.userMessage)
        let edited = try PromptEditText.parse(PromptEditText.render(planned).replacingOccurrences(
            of: "What is your move?", with: "EDITED: think about pot odds first. What is your move?"))
        let one = try await rerunner.rerun(id, options: RerunOptions(target: .llm(config), prompt: edited))
        #expect(one.promptChange == "edited" && one.rerun.promptHash == original.promptHash)
        let two = try await rerunner.rerun(id, options: RerunOptions(target: .llm(config), guidance: "GUIDANCE: fold more."))
        #expect(two.promptChange == "guidance" && two.rerun.promptHash != original.promptHash)
        let three = try await rerunner.rerun(id, options: RerunOptions(target: .llm(config), mode: .casual))
        #expect(three.promptChange == "mode casual")
        let bodies = try await FakeLLMServer.shared().requestBodies("rerun-edits")
        #expect(bodies.count == 3)
        #expect(bodies[0].contains("EDITED: think about pot odds first."))
        #expect(bodies[1].contains("GUIDANCE: fold more.") && !bodies[1].contains("EDITED"))
        #expect(original.userMessage.contains("Your equity:"))
        #expect(!bodies[2].contains("Your equity:"), "casual mode shows no equity")

        // The capture's own provider and model, at a given base URL.
        let before = try await FakeLLMServer.shared().requestCount("shared-game")
        let same = try await rerunner.rerun(id, options: RerunOptions(target: .capture, baseURL: baseURL))
        #expect(same.rerun.provider == "local" && same.rerun.model == LabGame.model)
        #expect(try await FakeLLMServer.shared().requestCount("shared-game") > before)

        // The offline bot answers with no network and no prompt.
        let offline = try await rerunner.rerun(id, options: RerunOptions(target: .offline))
        #expect(offline.rerun.provider == "offline" && offline.rerun.answers.isEmpty && offline.rerun.judgement != nil)
        #expect(offline.promptChange == "offline bot")
    }

    @Test func aBatchReportsHowManyMistakesBecameCorrect() async throws {
        let dir = try TestPaths.temporaryDirectory("pokerlab")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (store, _, _) = try await SharedLabDatabase.shared.copy(into: dir)
        let mistakes = Array(try await callMistakes(store).prefix(3))
        try #require(mistakes.count == 3)
        for capture in mistakes { try await store.addLabel(capture: capture.id, label: "bad-calls") }
        var filter = CaptureFilter()
        filter.labels = ["bad-calls"]
        let ids = try await store.browseCaptures(filter).captures.map(\.id)
        let url = try await FakeLLMServer.shared().script("rerun-batch", [fold()])
        let rerunner = DecisionRerunner(store: store, library: LabGame.library, transport: CurlTransport.shared)
        let config = LLMConfig(provider: .local, model: "fixed-model", baseURL: url)
        let summary = await rerunner.rerunAll(ids + [CaptureID(987_654)], options: RerunOptions(target: .llm(config)))
        #expect(summary.count == 3)
        #expect(summary.mistakeToCorrect == 3 && summary.mistakesBefore == 3 && summary.mistakesAfter == 0)
        #expect(summary.improved == 3 && summary.worsened == 0 && summary.actionsChanged == 3)
        #expect(summary.failures.count == 1 && summary.failures[0].contains("987654"))
        #expect(summary.inputTokens == 2_700)
        #expect(summary.text.contains("3 re-runs: 3 mistake → correct, 0 correct → mistake"))
    }

    @Test func capturesWithoutInputsExplainWhyTheyCannotBeRerun() async throws {
        let dir = try TestPaths.temporaryDirectory("pokerlab")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try GameStore(path: dir.appendingPathComponent("old.sqlite").path)
        let id = try await store.recordCapture(CaptureRow(callType: "decision", provider: "openai", model: "gpt",
                                                          systemPrompt: "s", userMessage: "u"))
        let rerunner = DecisionRerunner(store: store, library: LabGame.library)
        await #expect(throws: RerunError.noInputs(capture: id.rawValue)) {
            try await rerunner.rerun(id, options: RerunOptions(target: .offline))
        }
    }
}
