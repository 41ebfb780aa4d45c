import Foundation
import PokerEngine
import PokerStore

/// A game between two hands, as another worker needs it to continue: stored with each mirrored hand.
struct Checkpoint: Codable, Sendable {
    var setup: GameSetup
    var match: Match
    var aiState: [AISeatState]
    var messages: [StoredMessage]
}

extension HandMirror {
    /// Reads hand `number` of local game `game` (its results, verdicts, captures and calls) and the
    /// game's checkpoint. Call it right after the hand ended, with the usage sink drained.
    static func collect(from store: GameStore, game: GameID, number: Int, finished: Bool) async throws -> HandMirror {
        let scope = ExperimentDataScope.hand(game: game, number: number)
        guard let hand = try await store.experimentHands(scope).first else {
            throw StoreError.handNotFound(path: store.path, hand: HandID(Int64(number)))
        }
        let verdicts = try await store.experimentAnalyses(scope).map { Verdict(seat: $0.seat, verdict: $0.verdict, evLostBB: $0.evLostBB) }
        let captures = try await store.experimentCaptures(scope).compactMap { row -> Capture? in
            guard let seat = row.seat else { return nil }
            let flags = ReportInput.Capture(key: TournamentKey(variant: 0, tournament: 0), entrant: 0,
                                            correctionChainJSON: row.correctionChainJSON,
                                            parsedActionJSON: row.parsedActionJSON, latencyMs: row.latencyMs)
            return Capture(seat: seat, answered: flags.answered, validJSON: flags.validJSON, corrected: flags.corrected,
                           fallback: flags.fallback, latencyMs: row.latencyMs)
        }
        let calls = try await store.experimentUsage(scope).map { row in
            Call(seat: row.seat, provider: row.provider, model: row.model, ok: row.ok, latencyMs: row.latencyMs,
                 tokens: row.inputTokens + row.outputTokens, costUSD: row.costUSD ?? 0)
        }
        let saved = try await store.loadGame(game)
        let checkpoint = Checkpoint(setup: saved.setup, match: saved.match, aiState: saved.aiState, messages: saved.messages)
        return HandMirror(number: number, bigBlind: hand.bigBlind, seatsJSON: try SpecCoding.json(hand.seats),
                          startingJSON: try SpecCoding.json(hand.startingStacks),
                          finishingJSON: try SpecCoding.json(hand.finishingStacks),
                          verdicts: verdicts, captures: captures, calls: calls,
                          checkpointJSON: try SpecCoding.json(checkpoint), finished: finished)
    }
}
