import Foundation
import LLMClient
import PokerAI
import PokerEngine
import PokerStore

/// How the LLM side of a decision is filed: a capture as its `prompt_capture` row, each call
/// attempt as an `api_usage` row. Nothing here writes; the store writes them with the decision's
/// action (``GameRecorder``), a lab re-run with its capture, table talk after its replies.
public enum StoreTelemetry {
    /// The `api_usage` row of one call attempt.
    public static func usageRow(_ record: UsageRecord) -> UsageRow {
        UsageRow(createdAt: record.timestamp, provider: record.provider.rawValue, model: record.model,
                 callType: record.callType.rawValue, inputTokens: record.tokens.input, outputTokens: record.tokens.output,
                 cachedTokens: record.tokens.cached, reasoningTokens: record.tokens.reasoning, latencyMs: record.latencyMs,
                 status: record.status == .ok ? .ok : .error, errorKind: record.errorKind.map { "\($0)" },
                 errorMessage: record.errorMessage, requestID: record.requestID, costUSD: record.costUSD,
                 game: record.tags["game"].flatMap { Int64($0) }.map { GameID($0) },
                 handNumber: record.tags["hand"].flatMap { Int($0) }, seat: record.tags["seat"].flatMap { Int($0) },
                 attempt: record.attempt, decisionKey: record.tags["decision"], personality: record.tags["personality"])
    }

    /// The `prompt_capture` row of one decision of `game`.
    public static func captureRow(_ capture: DecisionCapture, game: GameID?) -> CaptureRow {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let parsed = try? encoder.encode(ParsedAction(capture: capture))
        let chain = capture.turns.count > 1 || capture.fallbackReason != nil ? try? encoder.encode(capture.turns) : nil
        let last = capture.turns.last
        let facts = capture.request.flatMap { CaptureFacts(request: $0, action: capture.action) }
        return CaptureRow(game: game, handNumber: capture.handNumber, seat: capture.seat, personality: capture.personality,
                          callType: capture.callType, provider: capture.provider, model: capture.model,
                          systemPrompt: capture.system, userMessage: capture.user, rawResponse: capture.turns.first?.raw,
                          parsedActionJSON: parsed.map { String(decoding: $0, as: UTF8.self) },
                          error: capture.fallbackReason ?? capture.turns.compactMap(\.error).first,
                          correctionChainJSON: chain.map { String(decoding: $0, as: UTF8.self) },
                          inputTokens: capture.inputTokens, outputTokens: capture.outputTokens,
                          latencyMs: capture.totalLatencyMs, promptVersion: capture.promptVersion,
                          promptHash: capture.promptHash, requestID: last?.requestID,
                          parent: capture.parent.map { CaptureID($0) }, requestJSON: try? capture.request?.json(),
                          decisionIndex: capture.request?.decisionIndex, decisionKey: capture.decisionKey,
                          street: facts?.street.description, action: facts?.move.rawValue, amount: facts?.amount?.rawValue,
                          potOdds: facts?.potOdds, stackBB: facts?.stackInBigBlinds,
                          errorTypes: capture.errorKinds.map(\.rawValue))
    }

    /// What the capture records as the parsed decision.
    public struct ParsedAction: Codable, Sendable {
        public var action: String
        public var amount: Int?
        public var reply: DecisionReply?
        public var clampNote: String?
        public var fallback: String?

        init(capture: DecisionCapture) {
            switch capture.action {
            case .fold: action = "fold"
            case .checkOrCall: action = "check_or_call"
            case let .betOrRaise(to): action = "raise"; amount = to.rawValue
            }
            reply = capture.reply
            clampNote = capture.clampNote
            fallback = capture.fallbackReason
        }
    }
}

