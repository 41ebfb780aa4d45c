import Foundation
import PokerAI
import PokerGame
import PokerLab
import PokerStore
import PokerTestSupport
import Testing

/// Capture detail and the usage report, against the game played by LLM seats on the fake server.
@Suite struct CaptureDetailTests {
    @Test func aCorrectedDecisionShowsBothTurnsItsVerdictMindAndCost() async throws {
        let dir = try TestPaths.temporaryDirectory("pokerlab")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (store, _, _) = try await SharedLabDatabase.shared.copy(into: dir)
        var filter = CaptureFilter()
        filter.errorType = "parse"
        filter.limit = 1_000
        let corrected = try #require(try await store.browseCaptures(filter).captures.first { !$0.errorTypes.contains("fallback") })
        let detail = try await CaptureDetail.load(corrected.id, store: store)
        #expect(detail.turns.count == 2)
        #expect(detail.turns.first?.kind == .parse && detail.turns.first?.error != nil)
        #expect(detail.turns.last?.kind == nil && detail.turns.last?.raw != nil)
        #expect(detail.usage.map(\.callType) == ["decision", "correction"])
        #expect(detail.usage.allSatisfy { $0.decisionKey == detail.capture.decisionKey && $0.status == .ok })
        #expect(detail.costUSD == 0, "a local model costs nothing")
        #expect(detail.capture.inputTokens == detail.usage.reduce(0) { $0 + $1.inputTokens })
        let judgement = try #require(detail.judgement)
        #expect(judgement.verdict == corrected.verdict)
        #expect(judgement.equityVsRanges != nil)
        #expect(detail.psychology != nil)
        #expect(detail.spot?.holeCards.count == 2)
        #expect(detail.decision?.reply != nil && detail.decision?.fallback == nil)
        let text = detail.text
        for part in ["VERDICT", "TURNS", "1. answer", "2. correction", "parse:", "PSYCHOLOGY", "USAGE  2 calls",
                     "SYSTEM PROMPT", "USER MESSAGE", "RAW ANSWER", "equity vs ranges"] {
            #expect(text.contains(part), "detail text shows \(part)")
        }
        let json = try JSONEncoder().encode(detail)
        #expect(json.count > 1_000)
    }

    @Test func aFallbackShowsWhyTheOfflineBotDecided() async throws {
        let dir = try TestPaths.temporaryDirectory("pokerlab")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (store, _, _) = try await SharedLabDatabase.shared.copy(into: dir)
        var filter = CaptureFilter()
        filter.errorType = "fallback"
        let fallback = try #require(try await store.browseCaptures(filter).captures.first)
        let detail = try await CaptureDetail.load(fallback.id, store: store)
        #expect(detail.turns.count == 2)
        #expect(detail.decision?.fallback?.contains("still unusable after a correction") == true)
        #expect(detail.text.contains("offline bot decided"))
    }

    @Test func untrustedAnswersCannotReachTheTerminal() {
        let hostile = "ok\u{1B}]0;owned\u{07}\u{1B}[2J\u{202E}evil\nnext line\ttab"
        let safe = LabText.safe(hostile)
        #expect(!safe.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(safe == "okevil\nnext line tab", "sequences removed whole, the newline kept, the tab a space")
        #expect(!LabText.line(hostile).contains("\n"))
    }

    @Test func usageReportAddsUpEveryCallByModelPersonalityDayAndCallType() async throws {
        let dir = try TestPaths.temporaryDirectory("pokerlab")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (store, game, _) = try await SharedLabDatabase.shared.copy(into: dir)
        let rows = try await store.usage(game: game)
        let captures = try await store.decisionCaptures(game: game)
        let byModel = try await store.usageReport(UsageQuery(grouping: .model))
        #expect(byModel.groups.map(\.key) == ["local/\(LabGame.model)"])
        let total = byModel.total
        #expect(total.calls == rows.count)
        #expect(total.decisions == captures.count)
        #expect(total.inputTokens == rows.reduce(0) { $0 + $1.inputTokens })
        #expect(total.outputTokens == rows.reduce(0) { $0 + $1.outputTokens })
        #expect(total.costUSD == 0, "local models are free")
        #expect(total.errors == 0 && total.errorRate == 0 && total.unpricedCalls == 0)
        let latencies = rows.map(\.latencyMs).sorted()
        #expect(total.latencyP50Ms == latencies[(latencies.count + 1) / 2 - 1])
        #expect(total.latencyP50Ms <= total.latencyP95Ms && total.latencyP95Ms <= latencies.last ?? 0)

        let byType = try await store.usageReport(UsageQuery(grouping: .callType))
        #expect(Set(byType.groups.map(\.key)) == ["decision", "correction"])
        #expect(byType.groups.first { $0.key == "decision" }?.calls == captures.count)
        let byPersonality = try await store.usageReport(UsageQuery(grouping: .personality))
        #expect(Set(byPersonality.groups.map(\.key)) == Set(captures.compactMap(\.personality)))
        #expect(byPersonality.groups.reduce(0) { $0 + $1.calls } == rows.count)
        let byDay = try await store.usageReport(UsageQuery(grouping: .day))
        #expect(byDay.groups.count == 1 && byDay.groups.first?.key.count == 10)
        #expect(try await store.usageReport(UsageQuery(since: Date().addingTimeInterval(3_600))).total.calls == 0)
        #expect(try await store.usageReport(UsageQuery(game: GameID(999))).total.calls == 0)
        let text = byType.text
        #expect(text.contains("CALL TYPE") && text.contains("correction") && text.contains("total"))
    }
}
