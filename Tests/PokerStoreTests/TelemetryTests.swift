import Foundation
import PokerEngine
import Testing
@testable import PokerStore

@Suite struct TelemetryTests {
    let day = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

    func storeWithGame(_ dir: TempDir) async throws -> (GameStore, GameID) {
        let store = try GameStore(path: dir.path(), now: { Date(timeIntervalSince1970: 1_767_225_600) })
        let match = try Match(Play.config(seed: 9))
        return (store, try await store.createGame(setup: Play.setup(match.config), match: match))
    }

    @Test func usageRoundTripsAndGetsItsCostFromThePriceOfTheDay() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let (store, game) = try await storeWithGame(dir)
        try await store.upsertPricing(PricingRow(provider: "openai", model: "gpt-5-nano", asOf: day.addingTimeInterval(-86_400),
                                                 inputPerMTok: 1, outputPerMTok: 4))
        try await store.upsertPricing(PricingRow(provider: "openai", model: "gpt-5-nano", asOf: day,
                                                 inputPerMTok: 0.05, cachedPerMTok: 0.005, outputPerMTok: 0.4))
        // Same key again: replaced, not duplicated.
        try await store.upsertPricing(PricingRow(provider: "openai", model: "gpt-5-nano", asOf: day,
                                                 inputPerMTok: 0.05, cachedPerMTok: 0.005, outputPerMTok: 0.4))
        #expect(try await store.pricing().count == 2)

        let priced = UsageRow(createdAt: day.addingTimeInterval(60), provider: "openai", model: "gpt-5-nano",
                              callType: "player_decision", inputTokens: 1_000_000, outputTokens: 100_000,
                              cachedTokens: 200_000, reasoningTokens: 50_000, latencyMs: 812, requestID: "req-1",
                              game: game, handNumber: 3, seat: 2)
        let failed = UsageRow(createdAt: day.addingTimeInterval(61), provider: "groq", model: "llama", callType: "commentary",
                              latencyMs: 5_000, status: .error, errorKind: "timeout", errorMessage: "no answer in 5 s",
                              attempt: 2)
        let id = try await store.recordUsage(priced)
        try await store.recordUsage(failed)
        let all = try await store.usage()
        #expect(all.count == 2)
        var expected = priced
        expected.id = id
        // 800k uncached × 0.05 + 200k cached × 0.005 + 100k output × 0.4 + 50k reasoning × 0.4 (output price)
        expected.costUSD = (800_000 * 0.05 + 200_000 * 0.005 + 100_000 * 0.4 + 50_000 * 0.4) / 1_000_000
        let stored = try #require(all.first)
        #expect(abs((stored.costUSD ?? 0) - (expected.costUSD ?? 0)) < 1e-12)
        expected.costUSD = stored.costUSD
        #expect(stored == expected)
        #expect(all.last?.costUSD == nil, "no price known for groq/llama")
        #expect(all.last?.status == .error && all.last?.errorKind == "timeout" && all.last?.attempt == 2)
        #expect(try await store.usage(game: game).map(\.id) == [id])
    }

    @Test func capturesLabelsAndAnalysesRoundTrip() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let (store, game) = try await storeWithGame(dir)
        let capture = CaptureRow(
            createdAt: day, game: game, handNumber: 4, seat: 3, personality: "batman", callType: "player_decision",
            provider: "openai", model: "gpt-5-nano", systemPrompt: "You are Batman.", userMessage: "Pot 300, to call 100.",
            rawResponse: #"{"action":"fold"}"#, parsedActionJSON: #"{"action":"fold"}"#,
            correctionChainJSON: #"[{"error":"missing_field"}]"#, inputTokens: 900, outputTokens: 12, latencyMs: 640,
            promptVersion: "3", promptHash: "abc123", requestID: "req-9")
        let id = try await store.recordCapture(capture)
        var expected = capture
        expected.id = id
        #expect(try await store.capture(id) == expected)

        try await store.addLabel(capture: id, label: "pot_committed_fold", source: .auto)
        try await store.addLabel(capture: id, label: "pot_committed_fold", source: .user)
        try await store.addLabel(capture: id, label: "funny")
        #expect(try await store.labels(capture: id).map(\.label).sorted() == ["funny", "pot_committed_fold"])
        #expect(try await store.labels(capture: id).first { $0.label == "pot_committed_fold" }?.source == .auto)
        #expect(try await store.captures(label: "funny").map(\.id) == [id])
        #expect(try await store.removeLabel(capture: id, label: "funny"))
        #expect(!(try await store.removeLabel(capture: id, label: "funny")))
        #expect(try await store.captures(label: "funny").isEmpty)
        #expect(try await store.captures(game: game).count == 1)
        await #expect(throws: StoreError.captureNotFound(path: store.path, capture: CaptureID(77))) {
            try await store.addLabel(capture: CaptureID(77), label: "x")
        }

        let analysis = AnalysisRow(
            createdAt: day, game: game, handNumber: 4, seat: 3, personality: "batman", street: .turn,
            holeCards: try Card.parseList("AsKs"), board: try Card.parseList("Qs Js 2d 7c"), actionTaken: "fold",
            amount: nil, pot: 300, toCall: 100, opponents: 2, equityVsRandom: 0.61, equityVsRanges: 0.55, potOdds: 3,
            requiredEquity: 0.25, evCall: 144.5, optimalAction: "call", verdict: .mistake, evLostBB: 7.2,
            position: "button", handClass: "AKs", tier: "premium", stackBB: 42.5,
            psychologyJSON: #"{"tilt":0.4}"#, capture: id, analyzerVersion: "1.0")
        let analysisID = try await store.recordAnalysis(analysis)
        var storedAnalysis = analysis
        storedAnalysis.id = analysisID
        #expect(try await store.analyses(capture: id) == [storedAnalysis])
        #expect(try await store.analyses(game: game) == [storedAnalysis])
    }

    @Test func aiStateAndMessagesAreSavedWithTheActionAndReloaded() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let (store, game) = try await storeWithGame(dir)
        var match = try await store.loadGame(game).match
        try await Play.step(&match, store: store, game: game, seed: 9)
        let psychology = AISeatState(seat: 2, psychologyJSON: #"{"tilt":0.1,"valence":-0.3}"#,
                                     opponentModelsJSON: #"{"Ada":{"hands":3,"vpip_count":2}}"#, sessionMemoryJSON: "[]")
        try await Play.step(&match, store: store, game: game, seed: 9,
                            messages: [StoredMessage(seat: 2, kind: .speech, text: "Yes, chef!"),
                                       StoredMessage(seat: nil, kind: .system, text: "Level 1")],
                            aiState: [psychology])
        var tilted = psychology
        tilted.psychologyJSON = #"{"tilt":0.9}"#
        try await store.saveAIState(game: game, tilted)
        let loaded = try await store.loadGame(game)
        #expect(loaded.aiState.count == 1)
        #expect(loaded.aiState.first?.psychologyJSON == #"{"tilt":0.9}"#)
        #expect(loaded.aiState.first?.opponentModelsJSON == psychology.opponentModelsJSON)
        #expect(loaded.messages.map(\.text) == ["Yes, chef!", "Level 1"])
        #expect(loaded.messages.map(\.seat) == [2, nil])
        #expect(loaded.messages.allSatisfy { $0.handNumber == 1 })

        var broken = psychology
        broken.psychologyJSON = "{tilt: high"
        await #expect(throws: StoreError.invalidValue(path: store.path, reason: "the psychology of seat 2 is not valid JSON")) {
            try await store.saveAIState(game: game, broken)
        }
    }

    @Test func careerStatsFollowTheHumansFinishedGames() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try GameStore(path: dir.path())
        #expect(try await store.careerStats().gamesPlayed == 0)
        var places: [Int] = []
        for seed in UInt64(20)..<23 {
            var match = try Match(Play.config(seats: 4, seed: seed))
            let game = try await store.createGame(setup: Play.setup(match.config, humanSeat: 1), match: match)
            while try await Play.step(&match, store: store, game: game, seed: seed) {}
            places.append(try #require(match.places[1]))
        }
        let career = try await store.careerStats()
        #expect(career.gamesPlayed == 3)
        #expect(career.gamesWon == places.filter { $0 == 1 }.count)
        #expect(career.bestPlace == places.min() && career.worstPlace == places.max())
        #expect(career.handsPlayed > 0)
    }
}
