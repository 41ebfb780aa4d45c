import Foundation
import PokerAI
import PokerEngine
import PokerGame
import PokerStore

/// A database for the AI lab screens, filled through the store's own recording API: 55 decision
/// captures of three characters (every fifth a mistake, every seventh with a parse problem),
/// each judged and metered, plus two unpriced local-model calls. The newest capture keeps its
/// decision inputs (so its detail has the spot and the psychology) and a hostile answer full of
/// escape sequences.
enum LabFixtures {
    static let personalities = ["gadfly-philosopher", "celebrity-chef", "pirate-captain"]
    static let streets: [Street] = [.preflop, .flop, .turn, .river]
    static let count = 55
    /// 2026-11-29T17:00:00Z.
    static let start = Date(timeIntervalSince1970: 1_795_971_600)
    /// What the newest capture's model answered: colours, a window title, a cursor move.
    static let hostileAnswer = "{\"action\": \"fold\", \"inner_monologue\": \"\u{1B}[31mRed\u{1B}[0m alert\u{1B}]0;pwned\u{07}\u{1B}[2J\"}"

    static func verdict(_ index: Int) -> AnalysisRow.Verdict {
        switch index % 5 {
        case 4: .mistake
        case 3: .marginal
        default: .correct
        }
    }

    /// A new database in a fresh scratch directory.
    static func store() async throws -> GameStore {
        let directory = TableFixtures.scratch.appendingPathComponent("lab-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try GameStore(path: directory.appendingPathComponent("lab.sqlite").path)
        let inputs = try decisionInputs()
        for index in 0..<count {
            try await record(index, inputs: index == count - 1 ? inputs : nil, store: store)
        }
        for offset in 0..<2 {
            _ = try await store.recordUsage(UsageRow(
                createdAt: start.addingTimeInterval(Double(count + offset)), provider: "local", model: "lab-model",
                callType: "commentary", inputTokens: 300, outputTokens: 20, latencyMs: 400, costUSD: nil))
        }
        return store
    }

    static func record(_ index: Int, inputs: String?, store: GameStore) async throws {
        let personality = personalities[index % personalities.count]
        // The newest capture's inputs are a preflop spot.
        let street = inputs == nil ? streets[index % streets.count] : .preflop
        let action = index % 2 == 0 ? "fold" : "call"
        let key = "lab-\(index)"
        let at = start.addingTimeInterval(Double(index))
        let id = try await store.recordCapture(CaptureRow(
            createdAt: at, handNumber: index / 3 + 1, seat: index % 3 + 1, personality: personality,
            callType: "decision", provider: "openai", model: "gpt-5.4-mini",
            systemPrompt: "You are \(personality), a player at a No-Limit Texas Hold'em tournament table. "
                + "Answer with one JSON object: action, raise_to, inner_monologue.",
            userMessage: "Hand \(index / 3 + 1), \(street). Pot 300, 100 to call. What do you do?",
            rawResponse: inputs == nil ? "{\"action\": \"\(action)\", \"inner_monologue\": \"Capture \(index + 1).\"}" : hostileAnswer,
            parsedActionJSON: "{\"action\": \"\(action)\"}", inputTokens: 700, outputTokens: 40, latencyMs: 100 + index,
            promptVersion: "decision-1.0", promptHash: "a3825709f228232c", requestJSON: inputs, decisionIndex: 0,
            decisionKey: key, street: street.description, action: action, potOdds: 0.25, stackBB: 30,
            errorTypes: index % 7 == 0 ? ["parse"] : []))
        _ = try await store.recordAnalysis(AnalysisRow(
            createdAt: at, handNumber: index / 3 + 1, seat: index % 3 + 1, personality: personality, street: street,
            actionTaken: action, pot: Chips(300), toCall: Chips(100), equityVsRandom: 0.34, equityVsRanges: 0.27, potOdds: 0.25, requiredEquity: 0.25,
            optimalAction: verdict(index) == .mistake ? (action == "fold" ? "call" : "fold") : action,
            verdict: verdict(index), evLostBB: verdict(index) == .mistake ? 4.3 : 0, stackBB: 30, capture: id))
        _ = try await store.recordUsage(UsageRow(
            createdAt: at, provider: "openai", model: "gpt-5.4-mini", callType: "decision", inputTokens: 700,
            outputTokens: 40, latencyMs: 100 + index, costUSD: 0.000723, decisionKey: key, personality: personality))
        if index % 7 == 0 {
            _ = try await store.recordUsage(UsageRow(
                createdAt: at, provider: "openai", model: "gpt-5.4-mini", callType: "correction", inputTokens: 720,
                outputTokens: 30, latencyMs: 90, status: .error, errorKind: "parse", costUSD: 0.0007, attempt: 2,
                decisionKey: key, personality: personality))
        }
    }

    /// The inputs of a real decision by an AI seat (its view, the table and its mind), as the
    /// recorder stores them.
    static func decisionInputs() throws -> String {
        var game = try TableFixtures.game(seats: 3, seed: 7)
        _ = try game.startNextHand()
        for _ in 0..<3 {
            guard let request = game.decisionRequest(timeout: .seconds(20)) else { break }
            if request.mind != nil { return try CapturedRequest(request).json() }
            guard let human = game.setup.humanSeat else { break }
            _ = try game.apply(Decision(action: .checkOrCall, source: .fallback(reason: "fixture")), bySeat: human)
        }
        throw CocoaError(.featureUnsupported)
    }
}
