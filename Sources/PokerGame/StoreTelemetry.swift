import Foundation
import LLMClient
import PokerAI
import PokerEngine
import PokerStore
import Synchronization

/// Writes every LLM usage record to the store's `api_usage`, in order, without blocking the caller.
public final class StoreUsageSink: UsageSink, Sendable {
    let store: GameStore
    let pending = Mutex<[Task<Void, Never>]>([])

    public init(store: GameStore) { self.store = store }

    public func record(_ record: UsageRecord) {
        let row = Self.row(record)
        let store = self.store
        pending.withLock { tasks in
            let previous = tasks.last
            tasks.append(Task {
                await previous?.value
                _ = try? await store.recordUsage(row)
            })
        }
    }

    /// Waits until every record handed over so far is written.
    public func drain() async {
        let tasks = pending.withLock { $0 }
        for task in tasks { await task.value }
        pending.withLock { $0.removeFirst(min($0.count, tasks.count)) }
    }

    static func row(_ record: UsageRecord) -> UsageRow {
        UsageRow(createdAt: record.timestamp, provider: record.provider.rawValue, model: record.model,
                 callType: record.callType.rawValue, inputTokens: record.tokens.input, outputTokens: record.tokens.output,
                 cachedTokens: record.tokens.cached, reasoningTokens: record.tokens.reasoning, latencyMs: record.latencyMs,
                 status: record.status == .ok ? .ok : .error, errorKind: record.errorKind.map { "\($0)" },
                 errorMessage: record.errorMessage, requestID: record.requestID, costUSD: record.costUSD,
                 game: record.tags["game"].flatMap { Int64($0) }.map { GameID($0) },
                 handNumber: record.tags["hand"].flatMap { Int($0) }, seat: record.tags["seat"].flatMap { Int($0) },
                 attempt: record.attempt, decisionKey: record.tags["decision"], personality: record.tags["personality"])
    }
}

/// Stores each LLM decision's capture and returns its id.
public struct StoreDecisionObserver: DecisionObserver {
    public let store: GameStore
    public let game: GameID?

    public init(store: GameStore, game: GameID?) {
        self.store = store
        self.game = game
    }

    public func captured(_ capture: DecisionCapture) async -> Int64? {
        try? await store.recordCapture(Self.row(capture, game: game)).rawValue
    }

    public static func row(_ capture: DecisionCapture, game: GameID?) -> CaptureRow {
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

/// LLM players for every AI seat, sharing one client whose usage is metered into the store.
public enum LLMSeats {
    public static func controllers(for state: GameState, config: LLMConfig, store: GameStore?, game: GameID?,
                                   transport: (any HTTPTransport)? = nil) -> [Int: any PlayerController] {
        let sink: any UsageSink = store.map { StoreUsageSink(store: $0) } ?? InMemoryUsageSink()
        let client = transport.map { LLMClient(transport: $0, usageSink: sink) } ?? LLMClient(usageSink: sink)
        let observer = store.map { StoreDecisionObserver(store: $0, game: game) }
        var controllers: [Int: any PlayerController] = [:]
        for (seat, personality) in state.personalities {
            let slug = state.setup.seats[seat].personality ?? personality.name
            var tags: [String: String] = [:]
            if let game { tags["game"] = String(game.rawValue) }
            controllers[seat] = LLMPlayer(personality: personality, slug: slug, client: client, config: config,
                                          observer: observer, tags: tags)
        }
        return controllers
    }
}
