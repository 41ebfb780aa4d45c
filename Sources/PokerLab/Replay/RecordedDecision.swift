import Foundation
import PokerAI
import PokerEngine
import PokerGame
import PokerStore

/// A decision read back from its capture: the action taken and what the seat said with it,
/// exactly as the game applied them.
public struct RecordedDecision: Sendable {
    public var action: Action
    /// The answer the action came from (nil for a fallback).
    public var reply: DecisionReply?
    /// Set when the offline bot decided instead of the LLM.
    public var fallbackReason: String?
    public var model: String

    /// Reads the parsed action of `capture`; nil when it has none or it is unreadable.
    public init?(_ capture: CaptureRow) {
        guard let json = capture.parsedActionJSON,
              let parsed = try? JSONDecoder().decode(StoreTelemetry.ParsedAction.self, from: Data(json.utf8))
        else { return nil }
        switch parsed.action {
        case "fold": action = .fold
        case "check_or_call": action = .checkOrCall
        case "raise":
            guard let amount = parsed.amount else { return nil }
            action = .betOrRaise(to: Chips(amount))
        default: return nil
        }
        reply = parsed.reply
        fallbackReason = parsed.fallback
        model = capture.model
    }

    /// The decision as the game applied it: an LLM answer brings its table talk, a fallback none.
    public var decision: Decision {
        if let fallbackReason { return Decision(action: action, source: .fallback(reason: fallbackReason)) }
        return Decision(action: action, source: .llm(model: model), talk: reply.map(LLMPlayer.talk(from:)) ?? [],
                        innerMonologue: reply?.innerMonologue, handStrategy: reply?.handStrategy)
    }
}
