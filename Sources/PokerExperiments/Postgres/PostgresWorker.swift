import Foundation
import LLMClient
import PokerAI
import PokerGame
import PokerStore
import Synchronization

/// One worker of a shared PostgreSQL experiment: claims tournaments from the queue, plays each in
/// its own SQLite file and mirrors every finished hand (with the game's checkpoint) in one
/// fenced transaction. Its heartbeat keeps its claims; when it dies, another worker takes each
/// claimed tournament over from its last mirrored hand. It stops when every tournament is finished.
public final class PostgresWorker: Sendable {
    public let postgres: PostgresStore
    /// The worker's own SQLite file (its working copy of the games it plays).
    public let local: GameStore
    public let library: PersonalityLibrary
    public let llm: LLMSetup
    public let compute: ComputeExecutor
    /// Unique among the workers (host, process, random).
    public let workerID: String
    public let progress = ExperimentProgress()
    public let concurrency: Int?
    public let costCap: Double?
    let stopReason = Mutex<ExperimentRunner.Outcome?>(nil)
    let failure = Mutex<ExperimentError?>(nil)
    /// Spend known from PostgreSQL at the last mirror, and this worker's own spend at that moment.
    let spend = Mutex<(shared: Double, localMark: Double)>((0, 0))

    public init(postgres: PostgresStore, local: GameStore, library: PersonalityLibrary, llm: LLMSetup = .standard,
                compute: ComputeExecutor = .shared, concurrency: Int? = nil, costCap: Double? = nil, workerID: String? = nil) {
        self.postgres = postgres
        self.local = local
        self.library = library
        self.llm = llm
        self.compute = compute
        self.concurrency = concurrency
        self.costCap = costCap
        self.workerID = workerID ?? Self.makeID()
    }

    static func makeID() -> String {
        "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max) % 0xFFFF)"
    }

    /// Stops claiming and starting hands; hands in progress finish and their tournaments go back to the queue.
    public func requestStop() {
        stopReason.withLock { if $0 == nil { $0 = .interrupted } }
        progress.update { $0.stopping = "stopping after the hands in progress" }
    }

    /// Works on experiment `id` until every tournament is finished or the worker is stopped.
    public func run(_ id: Int64) async throws(ExperimentError) -> ExperimentRunner.Summary {
        let spec = try await postgres.spec(id)
        let plan = try ExperimentPlan.make(spec, library: library, file: "experiment \(id)")
        let configs = try SeatConfigs(plan: plan, setup: llm)
        let usage = DecisionUsage()
        let sink = ExperimentUsageSink(inner: usage, alreadySpent: 0)
        do {
            let shared = try await postgres.cost(id)
            spend.withLock { $0 = (shared, 0) }
        } catch { throw .postgres(error) }
        let client = configs.usesLLM
            ? LLMClient(transport: llm.transport, usageSink: sink, retryPolicy: llm.retryPolicy, rateLimiter: SeatConfigs.limiter(spec))
            : nil
        progress.update { $0.gamesTotal = spec.totalGames; $0.handsTotal = spec.totalGames * spec.handsPerTournament }
        let session = WorkerSession(worker: self, experiment: id, plan: plan, sink: sink,
                                    controllers: SeatControllers(plan: plan, configs: configs, client: client, usage: usage))
        let heartbeat = Task.detached { [postgres, workerID, progress] in
            while !Task.isCancelled {
                try? await postgres.heartbeat(worker: workerID)
                if let shared = try? await postgres.progress(id, handCap: spec.handsPerTournament) {
                    progress.update { $0.gamesComplete = shared.finished; $0.handsDone = shared.hands; $0.handsTotal = shared.handsTotal }
                }
                try? await Task.sleep(for: .milliseconds(Int(spec.queue.heartbeatSeconds * 1000)))
            }
        }
        let workers = max(1, concurrency ?? spec.concurrency)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<workers { group.addTask(executorPreference: compute) { await session.work() } }
        }
        heartbeat.cancel()
        let open: Int
        do { open = try await postgres.openTournaments(id) } catch { throw .postgres(error) }
        if let failure = failure.withLock({ $0 }) {
            do { try await postgres.setStatus(id, "failed") } catch {
                // The failure that stopped the run is the one to report; the status stays "running",
                // so `experiment resume` takes the experiment up again.
                throw failure
            }
            throw failure
        }
        let snapshot = progress.snapshot
        let outcome: ExperimentRunner.Outcome = open == 0 ? .completed : (stopReason.withLock { $0 } ?? .interrupted)
        if open == 0 {
            do { try await postgres.setStatus(id, "completed") } catch { throw .postgres(error) }
        }
        return ExperimentRunner.Summary(outcome: outcome, gamesComplete: spec.totalGames - open, gamesTotal: spec.totalGames,
                                        handsThisRun: snapshot.handsThisRun, decisionsThisRun: snapshot.decisions,
                                        seconds: (ContinuousClock.now - progress.started).seconds, costUSD: cost(sink))
    }

    /// All workers' mirrored spend plus this worker's spend since its last mirror.
    func cost(_ sink: ExperimentUsageSink) -> Double {
        let local = sink.cost
        return spend.withLock { $0.shared + max(0, local - $0.localMark) }
    }
}
