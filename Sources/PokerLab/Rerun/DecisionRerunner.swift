import LLMClient
import PokerAI
import PokerEngine
import PokerGame
import PokerStore

/// Sends captured decisions again — unchanged, with an edited prompt or another mode, to another
/// provider or model, or to the offline bot — and judges old and new side by side. Every re-run is
/// metered (`debug_rerun`) and captured with the original as its parent: the capture, its usage rows
/// and its verdict labels are written together, here, once the re-run has answered.
public struct DecisionRerunner: Sendable {
    public let store: GameStore
    public let library: PersonalityLibrary
    let usage: DecisionUsage
    let client: LLMClient

    /// A re-runner whose calls are metered into `store`; `library` supplies personalities a game did not keep.
    public init(store: GameStore, library: PersonalityLibrary, transport: (any HTTPTransport)? = nil) {
        self.store = store
        self.library = library
        let usage = DecisionUsage()
        self.usage = usage
        client = transport.map { LLMClient(transport: $0, usageSink: usage) } ?? LLMClient(usageSink: usage)
    }

    /// Re-runs every capture of `ids` in turn; those that cannot be re-run are listed as failures.
    public func rerunAll(_ ids: [CaptureID], options: RerunOptions) async -> RerunBatchSummary {
        var results: [RerunResult] = []
        var failures: [String] = []
        for id in ids {
            do {
                results.append(try await rerun(id, options: options))
            } catch {
                failures.append("capture \(id.rawValue): \(error.description)")
            }
        }
        return RerunBatchSummary(results: results, failures: failures)
    }

    /// Re-runs one capture and judges both answers.
    public func rerun(_ id: CaptureID, options: RerunOptions) async throws(RerunError) -> RerunResult {
        let spot = try await load(id, options: options)
        let original = try await side(of: spot.capture, judgement: spot.originalJudgement)
        let slug = spot.capture.personality ?? spot.personality.name
        let action: Action
        let capture: DecisionCapture?
        var calls: [UsageRecord] = []
        switch options.target {
        case .offline:
            action = OfflineBot(personality: spot.personality).choose(spot.request)
            capture = .offline(request: spot.request, personality: slug, action: action, parent: id.rawValue)
        case .capture, .llm:
            let player = LLMPlayer(personality: spot.personality, slug: slug, client: client,
                                   config: try config(for: spot.capture, options: options), usage: usage,
                                   tags: spot.capture.game.map { ["game": String($0.rawValue)] } ?? [:])
            let prompt = (options.prompt ?? basePrompt(spot, player: player, options: options)).withGuidance(options.guidance)
            let decision = await player.decide(spot.request, prompt: prompt, rerunOf: id.rawValue)
            action = decision.action
            capture = decision.capture
            calls = decision.usage
        }
        var newID: CaptureID?
        if let capture {
            let row = StoreTelemetry.captureRow(capture, game: spot.capture.game)
            let rows = calls.map(StoreTelemetry.usageRow)
            newID = try await Self.storing { () async throws(StoreError) in try await store.recordCapture(row, usage: rows) }
        }
        let judgement = DecisionAnalyzer.analyze(spot.request, action: action).map(Judgement.init)
        var rerun = RerunSide(capture: nil, provider: "?", model: "?", judgement: judgement, answers: [], errorTypes: [],
                              inputTokens: 0, outputTokens: 0, latencyMs: 0)
        if let newID {
            let row = try await Self.storing { () async throws(StoreError) in try await store.capture(newID) }
            rerun = try await side(of: row, judgement: judgement)
            for label in (judgement.map { $0.labels + ["verdict:\($0.verdict)"] } ?? []) {
                try await Self.storing { () async throws(StoreError) in
                    try await store.addLabel(capture: newID, label: label, source: .auto)
                }
            }
        }
        return RerunResult(original: original, rerun: rerun, promptChange: options.promptChange)
    }

    /// The prompt a re-run of `id` would send before any edit (for the editor).
    public func plannedPrompt(_ id: CaptureID, options: RerunOptions) async throws(RerunError) -> DecisionPrompt {
        let spot = try await load(id, options: options)
        let player = LLMPlayer(personality: spot.personality, slug: spot.capture.personality ?? "", client: client,
                               config: LLMConfig(provider: .offline))
        return basePrompt(spot, player: player, options: options)
    }

    /// The captured prompt as it was, or rebuilt when the mode changes.
    func basePrompt(_ spot: Spot, player: LLMPlayer, options: RerunOptions) -> DecisionPrompt {
        if let mode = options.mode, mode != spot.inputs.context.mode { return player.prompt(for: spot.request) }
        return DecisionPrompt(system: spot.capture.systemPrompt, user: spot.capture.userMessage)
    }

    func config(for capture: CaptureRow, options: RerunOptions) throws(RerunError) -> LLMConfig {
        switch options.target {
        case let .llm(config): return config
        case .offline: return LLMConfig(provider: .offline)
        case .capture:
            guard let provider = ProviderID(name: capture.provider), provider != .offline else {
                throw .offlineCapture(capture: capture.id?.rawValue ?? 0)
            }
            do {
                return try LLMConfig.resolve(LLMOverrides(provider: provider, model: options.model ?? capture.model, baseURL: options.baseURL))
            } catch {
                throw .provider(error.userMessage)
            }
        }
    }

    /// Runs a store call, turning its error into a `RerunError`.
    static func storing<T>(_ body: () async throws(StoreError) -> T) async throws(RerunError) -> T {
        do {
            return try await body()
        } catch {
            throw .store(StoreErrorText(text: error.description))
        }
    }
}
