import Foundation
import PokerAI
import PokerEngine
import PokerGame
import PokerStore

extension DecisionRerunner {
    /// A captured decision ready to be sent again.
    struct Spot {
        let capture: CaptureRow
        let inputs: CapturedRequest
        let request: DecisionRequest
        let personality: Personality
        let originalJudgement: Judgement?
    }

    func load(_ id: CaptureID, options: RerunOptions) async throws(RerunError) -> Spot {
        let capture = try await Self.storing { () async throws(StoreError) in try await store.capture(id) }
        guard let json = capture.requestJSON else { throw .noInputs(capture: id.rawValue) }
        let inputs: CapturedRequest
        do {
            inputs = try CapturedRequest.decode(json)
        } catch {
            throw .unreadableInputs(capture: id.rawValue, reason: error.description)
        }
        let request = inputs.request(mode: options.mode, timeout: options.timeout)
        guard request.legal != nil else { throw .noLegalActions(capture: id.rawValue) }
        let personality = try await personality(of: capture)
        let stored = try await Self.storing { () async throws(StoreError) in try await store.analyses(capture: id) }.last
        let judgement = stored.map(Judgement.init) ?? RecordedDecision(capture).flatMap {
            DecisionAnalyzer.analyze(inputs.request(), action: $0.action)
        }.map(Judgement.init)
        return Spot(capture: capture, inputs: inputs, request: request, personality: personality,
                    originalJudgement: judgement)
    }

    /// The personality kept with the capture's game for its seat, else the library's.
    func personality(of capture: CaptureRow) async throws(RerunError) -> Personality {
        if let game = capture.game, let seat = capture.seat {
            let kept = try await Self.storing { () async throws(StoreError) in try await store.seatPersonalities(game: game) }
            if let entry = kept.first(where: { $0.seat == seat }),
               let personality = try? JSONDecoder().decode(Personality.self, from: Data(entry.json.utf8)) {
                return personality
            }
        }
        let name = capture.personality ?? ""
        guard let entry = library.entry(named: name) else { throw .unknownPersonality(name) }
        return entry.personality
    }

    /// One side of the comparison, from a stored capture and its usage rows.
    func side(of capture: CaptureRow, judgement: Judgement?) async throws(RerunError) -> RerunSide {
        let usage = try await Self.storing { () async throws(StoreError) in try await store.usage(of: capture) }
        let costs = usage.compactMap(\.costUSD)
        let reply = RecordedDecision(capture)?.reply
        let turns = capture.correctionChainJSON.flatMap {
            try? JSONDecoder().decode([DecisionCapture.Turn].self, from: Data($0.utf8))
        }
        let answers = turns.map { $0.compactMap(\.raw) } ?? capture.rawResponse.map { [$0] } ?? []
        return RerunSide(capture: capture.id, provider: capture.provider, model: capture.model,
                         promptHash: capture.promptHash, judgement: judgement, answers: answers,
                         innerMonologue: reply?.innerMonologue, errorTypes: capture.errorTypes,
                         inputTokens: capture.inputTokens ?? 0, outputTokens: capture.outputTokens ?? 0,
                         latencyMs: capture.latencyMs ?? 0, costUSD: costs.isEmpty ? nil : costs.reduce(0, +))
    }
}
