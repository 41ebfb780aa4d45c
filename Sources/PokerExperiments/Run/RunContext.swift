import Foundation
import PokerAI
import PokerGame
import PokerStore
import Synchronization

/// One run of an SQLite experiment: the job queue its workers share and how each game is played.
final class RunContext: Sendable {
    let runner: ExperimentRunner
    let experiment: ExperimentID
    let plan: ExperimentPlan
    let sink: ExperimentUsageSink
    let games: GameBook
    let controllers: SeatControllers
    let costCap: Double?
    private let queue: Mutex<[TournamentKey]>
    private let failure = Mutex<ExperimentError?>(nil)

    init(runner: ExperimentRunner, experiment: ExperimentID, plan: ExperimentPlan, sink: ExperimentUsageSink,
         games: GameBook, controllers: SeatControllers, costCap: Double?) {
        self.runner = runner
        self.experiment = experiment
        self.plan = plan
        self.sink = sink
        self.games = games
        self.controllers = controllers
        self.costCap = costCap
        queue = Mutex(games.pending)
    }

    var store: GameStore { runner.store }

    /// True once nothing new may start: a stop was requested, a game failed, or the cost cap is reached.
    @Sendable func shouldStop() -> Bool {
        if runner.stopReason.withLock({ $0 }) != nil || failure.withLock({ $0 }) != nil { return true }
        if let costCap, sink.cost >= costCap {
            runner.stopReason.withLock { if $0 == nil { $0 = .costCap } }
            runner.progress.update { $0.stopping = String(format: "cost cap $%.2f reached: finishing the hands in progress", costCap) }
            return true
        }
        return false
    }

    /// Plays the pending games with `concurrency` workers on the compute executor; returns the first failure.
    func playAll(concurrency: Int) async -> ExperimentError? {
        for game in games.unclosed {
            do { try await store.abandonGame(game) } catch { return .store(error) }
        }
        let workers = min(max(1, concurrency), queue.withLock { $0.count })
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<workers {
                group.addTask(executorPreference: runner.compute) { await self.work() }
            }
        }
        return failure.withLock { $0 }
    }

    private func work() async {
        while !shouldStop(), let key = next() {
            do {
                try await play(key)
            } catch {
                let reason = (error as? StoreError)?.description ?? String(describing: error)
                failure.withLock { current in
                    if current == nil {
                        current = .tournamentFailed(variant: plan.label(ofVariant: key.variant), tournament: key.tournament,
                                                    reason: reason)
                    }
                }
            }
        }
    }

    private func next() -> TournamentKey? {
        queue.withLock { $0.isEmpty ? nil : $0.removeFirst() }
    }

    /// Creates or restores the game of `key` and plays it until it ends, reaches the cap or must stop.
    func play(_ key: TournamentKey) async throws {
        var state: GameState
        let game: GameID
        if let record = games.record(key), record.status == .running {
            try await store.discardUnrecordedDecisions(game: record.game)
            let saved = try await store.loadGame(record.game)
            state = GameRecorder.restore(saved, personalities: plan.personalities(key))
            game = record.game
        } else {
            state = try plan.newGame(key)
            game = try await store.createExperimentGame(experiment: experiment, variant: plan.label(ofVariant: key.variant),
                                                        tournamentIndex: key.tournament, setup: state.setup, match: state.match)
        }
        let spec = plan.spec
        let table = TournamentTable(
            controllers: controllers.controllers(key, state: state, game: game, experiment: String(experiment.rawValue)),
            recorder: GameRecorder(store: store, game: game), analyze: spec.analyze,
            timeout: .milliseconds(Int(spec.decisionTimeout * 1000)), handCap: spec.handsPerTournament)
        let progress = runner.progress
        let sink = self.sink
        progress.update { $0.gamesRunning += 1 }
        defer { progress.update { $0.gamesRunning -= 1 } }
        let outcome = try await table.play(&state, shouldStop: shouldStop, onDecision: { progress.decided() }) { _ in
            progress.handFinished()
            progress.update { $0.cost = sink.cost }
        }
        switch outcome {
        case .finished:
            break
        case .capped:
            try await store.abandonGame(game)
        case .stopped:
            return
        }
        games.markComplete(key, hands: state.match.handsPlayed)
        let hands = state.match.handsPlayed
        progress.update { snapshot in
            snapshot.gamesComplete += 1
            snapshot.handsTotal -= max(0, spec.handsPerTournament - hands)
        }
    }
}
