import Foundation
import PokerGame
import PokerStore

/// The claim loop of one `PostgresWorker` run, shared by its concurrent tasks.
final class WorkerSession: Sendable {
    let worker: PostgresWorker
    let experiment: Int64
    let plan: ExperimentPlan
    let sink: ExperimentUsageSink
    let controllers: SeatControllers

    init(worker: PostgresWorker, experiment: Int64, plan: ExperimentPlan, sink: ExperimentUsageSink, controllers: SeatControllers) {
        self.worker = worker
        self.experiment = experiment
        self.plan = plan
        self.sink = sink
        self.controllers = controllers
    }

    var postgres: PostgresStore { worker.postgres }
    var local: GameStore { worker.local }

    @Sendable func shouldStop() -> Bool {
        if worker.stopReason.withLock({ $0 }) != nil || worker.failure.withLock({ $0 }) != nil { return true }
        if let cap = worker.costCap ?? plan.spec.costCap, worker.cost(sink) >= cap {
            worker.stopReason.withLock { if $0 == nil { $0 = .costCap } }
            worker.progress.update { $0.stopping = String(format: "cost cap $%.2f reached: finishing the hands in progress", cap) }
            return true
        }
        return false
    }

    func fail(_ error: ExperimentError) { worker.failure.withLock { if $0 == nil { $0 = error } } }

    /// Claims and plays tournaments until none is left, or the worker must stop.
    func work() async {
        let pause = Duration.milliseconds(Int(plan.spec.queue.heartbeatSeconds * 1000))
        while !shouldStop() {
            let claim: TournamentClaim
            do {
                guard let next = try await postgres.claim(experiment: experiment, worker: worker.workerID,
                                                          staleAfter: plan.spec.queue.staleAfterSeconds)
                else {
                    if try await postgres.openTournaments(experiment) == 0 { return }
                    try? await Task.sleep(for: pause)   // others hold the rest: wait for them to finish or go stale
                    continue
                }
                claim = next
            } catch {
                return fail(.postgres(error))
            }
            do {
                try await play(claim)
            } catch PostgresError.lostClaim {
                continue   // another worker owns it now; its results stand
            } catch let error as PostgresError {
                fail(.postgres(error))
            } catch let error as ExperimentError {
                fail(error)
            } catch {
                fail(.tournamentFailed(variant: plan.label(ofVariant: claim.key.variant), tournament: claim.key.tournament,
                                       reason: (error as? StoreError)?.description ?? "\(error)"))
            }
        }
    }

    func play(_ claim: TournamentClaim) async throws {
        var state: GameState
        let game: GameID
        if let json = claim.checkpointJSON {
            let checkpoint = try JSONDecoder().decode(Checkpoint.self, from: Data(json.utf8))
            game = try await local.importGame(setup: checkpoint.setup, match: checkpoint.match, aiState: checkpoint.aiState,
                                              messages: checkpoint.messages)
            state = GameRecorder.restore(try await local.loadGame(game), personalities: plan.personalities(claim.key))
        } else {
            state = try plan.newGame(claim.key)
            game = try await local.createGame(setup: state.setup, match: state.match)
        }
        let spec = plan.spec
        let table = TournamentTable(
            controllers: controllers.controllers(claim.key, state: state, game: game, experiment: "pg-\(experiment)"),
            recorder: GameRecorder(store: local, game: game), analyze: spec.analyze,
            timeout: .milliseconds(Int(spec.decisionTimeout * 1000)), handCap: spec.handsPerTournament)
        let progress = worker.progress
        progress.update { $0.gamesRunning += 1 }
        defer { progress.update { $0.gamesRunning -= 1 } }
        let outcome = try await table.play(&state, shouldStop: shouldStop, onDecision: { progress.decided() }) { state in
            try await self.mirror(state, game: game, claim: claim)
        }
        switch outcome {
        case .stopped:
            try await postgres.release(claim)
        case .finished, .capped:
            try await postgres.finish(claim)   // already finished by the last mirror, unless the checkpoint was final
        }
    }

    /// Mirrors the hand that just ended, with the game's checkpoint.
    func mirror(_ state: GameState, game: GameID, claim: TournamentClaim) async throws {
        let localSpend = sink.cost
        let finished = state.isOver || state.match.handsPlayed >= plan.spec.handsPerTournament
        let hand = try await HandMirror.collect(from: local, game: game, number: state.match.handsPlayed, finished: finished)
        let total = try await postgres.mirror(hand, claim: claim, experiment: experiment)
        worker.spend.withLock { $0 = (total, localSpend) }
        worker.progress.handFinished()
        worker.progress.update { $0.cost = worker.cost(sink) }
    }
}
