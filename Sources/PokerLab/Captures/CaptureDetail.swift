import Foundation
import PokerAI
import PokerEngine
import PokerGame
import PokerStore

/// Everything the AI lab knows about one capture: the prompt and answer, what was made of it,
/// the verdict, the seat's state of mind, its calls with tokens, latency and cost, and its re-runs.
public struct CaptureDetail: Sendable, Encodable {
    public var capture: CaptureRow
    public var labels: [CaptureLabel]
    /// The spot as the seat saw it (nil for captures recorded without inputs).
    public var spot: SpotFacts?
    public var judgement: Judgement?
    public var turns: [DecisionCapture.Turn]
    public var decision: DecisionSummary?
    public var psychology: PsychologySnapshot?
    public var usage: [UsageRow]
    public var reruns: [CaptureSummary]

    /// USD of the capture's calls (nil when none had a price).
    public var costUSD: Double? {
        let costs = usage.compactMap(\.costUSD)
        return costs.isEmpty ? nil : costs.reduce(0, +)
    }

    /// The parsed decision.
    public struct DecisionSummary: Hashable, Sendable, Encodable {
        public var action: String
        public var amount: Int?
        public var reply: DecisionReply?
        public var clampNote: String?
        public var fallback: String?
    }

    /// Loads capture `id` with its analysis (judged afresh when it has none but kept its inputs),
    /// labels, calls and re-runs.
    public static func load(_ id: CaptureID, store: any LabArchive) async throws(StoreError) -> CaptureDetail {
        let capture = try await store.capture(id)
        let inputs = capture.requestJSON.flatMap { try? CapturedRequest.decode($0) }
        let recorded = RecordedDecision(capture)
        var judgement = try await store.analyses(game: nil, capture: id).last.map(Judgement.init)
        if judgement == nil, let inputs, let recorded {
            judgement = DecisionAnalyzer.analyze(inputs.request(), action: recorded.action).map(Judgement.init)
        }
        var filter = CaptureFilter()
        filter.kind = .reruns
        filter.parent = id
        filter.limit = 100
        let turns = capture.correctionChainJSON.flatMap {
            try? JSONDecoder().decode([DecisionCapture.Turn].self, from: Data($0.utf8))
        } ?? (capture.rawResponse != nil || capture.error != nil
            ? [DecisionCapture.Turn(answer: capture.rawResponse, error: capture.error, inputTokens: capture.inputTokens ?? 0,
                                    outputTokens: capture.outputTokens ?? 0, latencyMs: capture.latencyMs ?? 0,
                                    requestID: capture.requestID)]
            : [])
        let parsed = capture.parsedActionJSON.flatMap {
            try? JSONDecoder().decode(StoreTelemetry.ParsedAction.self, from: Data($0.utf8))
        }
        return CaptureDetail(
            capture: capture, labels: try await store.labels(capture: id),
            spot: inputs.map { SpotFacts(view: $0.view, context: $0.context) }, judgement: judgement, turns: turns,
            decision: parsed.map { DecisionSummary(action: capture.action ?? $0.action, amount: $0.amount, reply: $0.reply,
                                                   clampNote: $0.clampNote, fallback: $0.fallback) },
            psychology: inputs.flatMap { inputs in inputs.mind.map { PsychologySnapshot(mind: $0, context: inputs.context) } },
            usage: try await store.usage(of: capture), reruns: try await store.browseCaptures(filter).captures)
    }
}
