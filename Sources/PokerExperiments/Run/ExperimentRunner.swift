import Foundation
import LLMClient
import PokerAI
import PokerGame
import PokerStore
import Synchronization

/// Runs an experiment into the SQLite store: many games at once as tasks on the compute executor,
/// one shared LLM client (rate limiter, shared 429 pause), every write through the store's single
/// writer. Stopping (Ctrl-C, the cost cap) lets every hand in progress finish; a crash loses at
/// most the decisions in flight, and `resume` continues every game from its last saved action.
public final class ExperimentRunner: Sendable {
    /// How a run ended.
    public enum Outcome: String, Sendable, Codable {
        case completed
        /// `requestStop()` (Ctrl-C): resumable.
        case interrupted
        /// The cost cap was reached: resumable with a higher cap.
        case costCap = "cost_cap"
    }

    /// What a run did.
    public struct Summary: Sendable, Codable {
        public var outcome: Outcome
        public var gamesComplete: Int
        public var gamesTotal: Int
        public var handsThisRun: Int
        public var decisionsThisRun: Int
        public var seconds: Double
        public var costUSD: Double
    }

    public let store: GameStore
    public let library: PersonalityLibrary
    public let llm: LLMSetup
    public let compute: ComputeExecutor
    /// Live counters for a progress display.
    public let progress = ExperimentProgress()
    /// Replaces the file's concurrency when set.
    public let concurrency: Int?
    /// Replaces the file's cost cap when set.
    public let costCap: Double?
    let stopReason = Mutex<Outcome?>(nil)

    public init(store: GameStore, library: PersonalityLibrary, llm: LLMSetup = .standard,
                compute: ComputeExecutor = .shared, concurrency: Int? = nil, costCap: Double? = nil) {
        self.store = store
        self.library = library
        self.llm = llm
        self.compute = compute
        self.concurrency = concurrency
        self.costCap = costCap
    }

    /// Stops starting hands; running hands finish, then `run` returns `.interrupted`.
    public func requestStop() {
        stopReason.withLock { if $0 == nil { $0 = .interrupted } }
        progress.update { $0.stopping = "stopping after the hands in progress" }
    }

    /// Stores a new experiment from a validated file and returns its id (run it with `run`).
    public func create(_ spec: ExperimentSpec, file: String) async throws(ExperimentError) -> ExperimentID {
        _ = try ExperimentPlan.make(spec, library: library, file: file)
        do {
            if let existing = try await store.experiment(named: spec.name) {
                throw ExperimentError.nameTaken(name: spec.name, id: existing.id.rawValue, store: store.path)
            }
            return try await store.createExperiment(name: spec.name, configJSON: try SpecCoding.json(spec), status: .pending)
        } catch let error as ExperimentError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .damagedConfig(experiment: 0, reason: "\(error)")
        }
    }

    /// The stored experiment `id` and its file.
    public func load(_ id: ExperimentID) async throws(ExperimentError) -> (ExperimentRecord, ExperimentSpec) {
        let record: ExperimentRecord?
        do { record = try await store.experiment(id) } catch { throw .store(error) }
        guard let record else { throw .notFound(id: id.rawValue, store: store.path) }
        return (record, try SpecCoding.spec(record.configJSON, experiment: id.rawValue))
    }

    /// Plays every tournament of experiment `id` not yet complete (the first run and every resume).
    public func run(_ id: ExperimentID) async throws(ExperimentError) -> Summary {
        let (_, spec) = try await load(id)
        let plan = try ExperimentPlan.make(spec, library: library, file: "experiment \(id)")
        let configs = try SeatConfigs(plan: plan, setup: llm)
        let records: [ExperimentGameRecord]
        let spent: Double
        do {
            records = try await store.experimentGames(id)
            spent = try await store.experimentCost(id)
            try await store.setExperimentStatus(id, .running)
        } catch { throw .store(error) }
        let usage = DecisionUsage()
        let sink = ExperimentUsageSink(inner: usage, alreadySpent: spent)
        let client = configs.usesLLM
            ? LLMClient(transport: llm.transport, usageSink: sink, retryPolicy: llm.retryPolicy, rateLimiter: SeatConfigs.limiter(spec))
            : nil
        let games = GameBook(plan: plan, records: records)
        progress.update { snapshot in
            snapshot.gamesTotal = spec.totalGames
            snapshot.gamesComplete = games.completeCount
            snapshot.handsDone = games.handsDone
            snapshot.handsTotal = games.handsTotal
            snapshot.cost = spent
        }
        let context = RunContext(runner: self, experiment: id, plan: plan, sink: sink, games: games,
                                 controllers: SeatControllers(plan: plan, configs: configs, client: client, usage: usage),
                                 costCap: costCap ?? spec.costCap)
        let failure = await context.playAll(concurrency: concurrency ?? spec.concurrency)
        return try await finish(id, context: context, failure: failure)
    }

    func finish(_ id: ExperimentID, context: RunContext, failure: ExperimentError?) async throws(ExperimentError) -> Summary {
        let snapshot = progress.snapshot
        let complete = context.games.completeCount
        let outcome: Outcome = complete == snapshot.gamesTotal ? .completed : (stopReason.withLock { $0 } ?? .interrupted)
        let summary = Summary(outcome: outcome, gamesComplete: complete, gamesTotal: snapshot.gamesTotal,
                              handsThisRun: snapshot.handsThisRun, decisionsThisRun: snapshot.decisions,
                              seconds: (ContinuousClock.now - progress.started).seconds, costUSD: context.sink.cost)
        let status: ExperimentStatus = failure != nil ? .failed : (outcome == .completed ? .completed : .paused)
        do {
            try await store.setExperimentStatus(id, status, summaryJSON: try? SpecCoding.json(summary))
        } catch { throw .store(error) }
        if let failure { throw failure }
        return summary
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
