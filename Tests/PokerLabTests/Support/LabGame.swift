import Foundation
import LLMClient
import PokerAI
import PokerEngine
import PokerGame
import PokerStore
import PokerTestSupport

/// Records headless games whose AI seats are LLM players on the fake provider server (real HTTP
/// on 127.0.0.1), answering from a script with some garbage, so there are corrections and fallbacks.
enum LabGame {
    static let library = PersonalityLibrary.load(from: [TestPaths.packageRoot.appendingPathComponent("personalities")])
    static let model = "lab-model"

    /// A cycle of answers: calls, raises, a check that is illegal facing a bet, a fold, answers
    /// with no JSON (one corrected, one twice in a row: the offline bot decides).
    static func answers(count: Int) -> [JSONValue] {
        let cycle: [JSONValue] = [
            ["content": #"{"action": "call", "raise_to": 0, "inner_monologue": "Cheap enough.", "hand_strategy": "see a flop", "dramatic_sequence": ["I'll see that.", "*taps the felt*"]}"#],
            ["content": "Hmm, I'd rather call here, friend."],
            ["content": #"{"action": "call", "raise_to": 0, "inner_monologue": "Fine, calling."}"#, "fence": true],
            ["content": #"{"action": "raise", "raise_to": 3, "inner_monologue": "Let us build a pot.", "dramatic_sequence": ["Raise."]}"#],
            ["content": #"{"action": "check", "raise_to": 0, "inner_monologue": "Free card?"}"#],
            ["content": #"{"action": "call", "raise_to": 0, "inner_monologue": "Sticking around."}"#],
            ["content": #"{"action": "fold", "raise_to": 0, "inner_monologue": "Not this one."}"#],
            ["content": #"{"action": "call", "raise_to": 0, "inner_monologue": "Call."}"#],
            ["content": #"{"action": "raise", "raise_to": 2.5, "inner_monologue": "Small raise."}"#],
            ["content": "totally not json"],
            ["content": "still not json"],
            ["content": #"{"action": "call", "raise_to": 0, "inner_monologue": "Call again."}"#],
        ]
        return (0..<count).map { index in
            guard case var .object(members) = cycle[index % cycle.count] else { return cycle[index % cycle.count] }
            members["usage"] = ["input": .int(700 + index % 50), "output": .int(40 + index % 20)]
            return .object(members)
        }
    }

    struct Recorded {
        let store: GameStore
        let game: GameID
        let state: GameState
        let baseURL: String
    }

    /// Plays `hands` hands into a new database at `path`; seats in `offlineSeats` are offline bots.
    static func record(path: String, scenario: String, hands: Int, seats: Int = 4, offlineSeats: Set<Int> = [],
                       mode: GameMode = .standard, analyze: Bool = true, seed: UInt64 = 7,
                       stack: Chips = 3_000) async throws -> Recorded {
        let baseURL = try await FakeLLMServer.shared().script(scenario, answers(count: 4_000))
        let store = try GameStore(path: path)
        try await store.upsertPricing(PricingRow(provider: "local", model: model, asOf: Date(timeIntervalSince1970: 0),
                                                 inputPerMTok: 0.5, outputPerMTok: 1.5))
        var options = NewGameOptions()
        options.seats = seats
        options.seed = seed
        options.startingStack = stack
        options.bigBlind = 20
        options.handsPerLevel = 100
        options.mode = mode
        options.provider = "local"
        options.model = model
        var state = try GameState.new(options, library: library)
        if !offlineSeats.isEmpty {
            var setup = state.setup
            for seat in offlineSeats { setup.seats[seat].kind = .offline; setup.seats[seat].provider = nil; setup.seats[seat].model = nil }
            state = GameState(setup: setup, match: state.match, personalities: state.personalities)
        }
        let recorder = try await GameRecorder.create(store: store, state: state)
        let usage = DecisionUsage()
        let client = LLMClient(transport: CurlTransport.shared, usageSink: usage)
        let config = LLMConfig(provider: .local, model: model, baseURL: baseURL, connectTimeout: .seconds(2))
        var controllers: [Int: any PlayerController] = [:]
        for (seat, personality) in state.personalities {
            if offlineSeats.contains(seat) {
                controllers[seat] = OfflineBot(personality: personality)
            } else {
                controllers[seat] = LLMPlayer(personality: personality, slug: state.setup.seats[seat].personality ?? "",
                                              client: client, config: config, usage: usage,
                                              tags: ["game": String(recorder.game.rawValue)])
            }
        }
        let runner = GameRunner(controllers: controllers, recorder: recorder, analyzeDecisions: analyze)
        _ = try await runner.play(&state, maxHands: hands)
        return Recorded(store: store, game: recorder.game, state: state, baseURL: baseURL)
    }
}

/// The database most lab tests read: a 10-hand game between four LLM seats in standard mode,
/// recorded once per test process. Each test works on its own copy.
actor SharedLabDatabase {
    static let shared = SharedLabDatabase()

    private var built: (path: String, game: GameID, baseURL: String)?

    /// A fresh copy of the recorded database in `dir`, with the game id and the scenario's URL.
    func copy(into dir: URL) async throws -> (store: GameStore, game: GameID, baseURL: String) {
        let source = try await build()
        let target = dir.appendingPathComponent("lab.sqlite").path
        try FileManager.default.copyItem(atPath: source.path, toPath: target)
        return (try GameStore(path: target), source.game, source.baseURL)
    }

    private func build() async throws -> (path: String, game: GameID, baseURL: String) {
        if let built { return built }
        let dir = try TestPaths.temporaryDirectory("pokerlab-shared")
        let path = dir.appendingPathComponent("recorded.sqlite").path
        let recorded = try await LabGame.record(path: path, scenario: "shared-game", hands: 10)
        try await recorded.store.close()
        built = (path, recorded.game, recorded.baseURL)
        return (path, recorded.game, recorded.baseURL)
    }
}
