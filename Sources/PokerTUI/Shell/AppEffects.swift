import Foundation
import PokerAI
import PokerEngine
import PokerGame
import PokerStore
import Synchronization

/// Carries out the app's commands: AI decisions, saves, loads and exports run as background
/// tasks that post their results to the inbox; nothing here blocks the UI loop.
@MainActor
public final class AppEffects {
    public let environment: AppEnvironment
    public let live: LiveGame
    public let saves = SaveQueue()
    private let tasks = Mutex<[Task<Void, Never>]>([])
    /// The quick play-out, awaited on quit (it writes to the store).
    private let simulation = Mutex<Task<Void, Never>?>(nil)

    /// Effects using `environment`, with the controllers and recorder of the game in `live`.
    public init(environment: AppEnvironment, live: LiveGame = LiveGame()) {
        self.environment = environment
        self.live = live
    }

    /// Performs one command; only ``AppCommand/quit`` stops the loop.
    public func perform(_ command: AppCommand, inbox: Inbox<AppMsg>) -> LoopControl {
        switch command {
        case .quit:
            return .quit
        case let .table(command):
            performTable(command, inbox: inbox)
        case let .startGame(options, random):
            startGame(options, randomSeed: random, inbox: inbox)
        case let .resumeGame(id):
            resumeGame(id, inbox: inbox)
        case .loadGames:
            let store = environment.store
            spawn {
                guard let store else { return inbox.post(AppMsg(.gamesLoaded([]))) }
                do {
                    inbox.post(AppMsg(.gamesLoaded(try await store.games())))
                } catch {
                    inbox.post(AppMsg(.failed(Self.sentence(error))))
                }
            }
        case let .replay(request):
            performReplay(request, inbox: inbox)
        case let .loadStats(id):
            loadStats(id, inbox: inbox)
        case .loadCaptures, .loadCapture, .loadUsage:
            performLab(command, inbox: inbox)
        case .stopGame:
            stopBackground()
        case let .saveSettings(settings):
            if let url = environment.settingsURL, let problem = settings.save(to: url) {
                inbox.post(AppMsg(.failed(problem)))
            }
        }
        return .keepRunning
    }

    /// Runs `work` in the background (never on the UI loop's thread), remembered for ``finish()``.
    func spawn(_ work: @escaping @Sendable () async -> Void) {
        let task = Task.detached(operation: work)
        tasks.withLock { tasks in
            tasks.removeAll { $0.isCancelled }
            tasks.append(task)
        }
    }

    /// Cancels the table's background work (AI decisions, a quick play-out) without waiting;
    /// saves already queued still run.
    func stopBackground() {
        let running = tasks.withLock { tasks in
            defer { tasks.removeAll() }
            return tasks
        }
        for task in running { task.cancel() }
        simulation.withLock { $0?.cancel() }
    }

    /// Stops background work (a quick play-out, AI decisions in flight) and waits for every save
    /// and for the play-out to stop between two decisions (AI calls in flight are abandoned).
    public func finish() async {
        let running = tasks.withLock { tasks in
            defer { tasks.removeAll() }
            return tasks
        }
        for task in running { task.cancel() }
        await simulation.withLock { $0 }?.value
        await saves.drain()
    }

    func performTable(_ command: TableCommand, inbox: Inbox<AppMsg>) {
        switch command {
        case let .decide(job):
            let controller = live.controllers[job.seat]
            spawn { await Self.decide(job, controller: controller, inbox: inbox) }
        case let .save(job):
            let recorder = live.recorder
            saves.enqueue {
                guard let recorder else { return }
                do {
                    try await Self.save(job, recorder: recorder)
                } catch {
                    inbox.post(AppMsg(.table(.saveFailed(Self.sentence(error)))))
                }
            }
        case let .chat(text, seat, game):
            guard let responder = environment.chatResponder else { return }
            let gameID = live.recorder?.game
            spawn {
                let reply = await responder(game, gameID, text, seat)
                if let failure = reply.usageFailure { inbox.post(AppMsg(.table(.saveFailed(Self.sentence(failure))))) }
                if !reply.messages.isEmpty, !Task.isCancelled { inbox.post(AppMsg(.table(.aiTalked(reply.messages)))) }
            }
        case let .simulate(game):
            let controllers = live.controllers, recorder = live.recorder, saves = self.saves
            let task = Task.detached {
                await saves.drain()
                var state = game
                let runner = GameRunner(controllers: controllers, recorder: recorder,
                                        decisionTimeout: game.setup.decisionDuration)
                do {
                    let stop = try await runner.play(&state) { report in
                        inbox.post(AppMsg(.table(.simulationProgress("hand \(report.number) of the tournament"))))
                    }
                    inbox.post(AppMsg(.table(.simulationFinished(state))))
                    if case .providerRefused(let refusal) = stop { inbox.post(AppMsg(.table(.providerRefused(refusal)))) }
                } catch {
                    inbox.post(AppMsg(.table(.simulationFailed(String(describing: error)))))
                }
            }
            simulation.withLock { $0 = task }
            tasks.withLock { $0.append(task) }
        case let .estimateEquity(job):
            spawn {
                guard let estimate = job.estimate(), !Task.isCancelled else { return }
                inbox.post(AppMsg(.table(.equityEstimated(estimate))))
            }
        case let .saveNote(seat, personality, text):
            let recorder = live.recorder
            saves.enqueue {
                guard let recorder else { return }
                do {
                    try await recorder.store.saveNote(game: recorder.game, seat: seat, personality: personality, text: text)
                } catch {
                    inbox.post(AppMsg(.table(.saveFailed(Self.sentence(error)))))
                }
            }
        case .abandon:
            let recorder = live.recorder
            saves.enqueue {
                guard let recorder else { return }
                do {
                    try await recorder.store.abandonGame(recorder.game)
                } catch {
                    inbox.post(AppMsg(.table(.saveFailed(Self.sentence(error)))))
                }
            }
        case .leave, .quit:
            break  // the app's update handles these
        }
    }

    /// Asks the controller, judges the answer, keeps the table's pace, and posts the answer.
    nonisolated static func decide(_ job: DecisionJob, controller: (any PlayerController)?, inbox: Inbox<AppMsg>) async {
        let clock = ContinuousClock()
        let start = clock.now
        let answer = await Turn.answer(job.request, controller: controller, analyze: job.analyze)
        let elapsed = start.duration(to: clock.now)
        if elapsed < job.minimumDuration { try? await Task.sleep(for: job.minimumDuration - elapsed) }
        if Task.isCancelled { return }
        inbox.post(AppMsg(at: clock.now, .table(.aiDecided(AIAnswer(job: job, decision: answer.decision, analysis: answer.analysis)))))
    }

    nonisolated static func save(_ job: SaveJob, recorder: GameRecorder) async throws(StoreError) {
        switch job {
        case let .step(step, state, newHand, decision):
            try await recorder.record(step, state: state, newHand: newHand, decision: decision)
        case let .talk(step, state):
            try await recorder.recordTalk(step, state: state)
        }
    }
}
