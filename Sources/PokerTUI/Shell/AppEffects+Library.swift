import Foundation
import PokerAI
import PokerEngine
import PokerGame
import PokerStore

extension AppEffects {
    /// Sets up and records a new game, builds its controllers, then posts `gameReady`.
    func startGame(_ options: NewGameOptions, randomSeed: Bool, inbox: Inbox<AppMsg>) {
        let environment = self.environment, live = self.live
        var chosen = options
        if randomSeed { chosen.seed = UInt64.random(in: 1...UInt64.max) }
        let options = chosen
        spawn {
            do {
                let game = try GameState.new(options, library: environment.library)
                var recorder: GameRecorder?
                if let store = environment.store { recorder = try await GameRecorder.create(store: store, state: game) }
                let controllers = try await environment.makeControllers(game, recorder?.game, options.provider, options.model)
                live.install(controllers: controllers, recorder: recorder)
                inbox.post(AppMsg(.gameReady(game, gameID: recorder?.game.rawValue)))
            } catch {
                inbox.post(AppMsg(.failed("Cannot start the game: \(Self.sentence(error))")))
            }
        }
    }

    /// Loads a saved game exactly where it stopped, then posts `gameReady`.
    func resumeGame(_ id: Int64, inbox: Inbox<AppMsg>) {
        let environment = self.environment, live = self.live
        spawn {
            guard let store = environment.store else { return inbox.post(AppMsg(.failed("No database is open."))) }
            do {
                let saved = try await store.loadGame(GameID(id))
                guard saved.status == .running else {
                    return inbox.post(AppMsg(.failed("Game \(id) is \(saved.status.rawValue); there is nothing to resume.")))
                }
                if let problem = saved.match.chipProblem {
                    return inbox.post(AppMsg(.failed("Game \(id) cannot be resumed: \(problem)")))
                }
                try await store.claim(saved.id)
                let personalities = GameState.personalities(for: saved.setup, library: environment.library)
                let game = GameRecorder.restore(saved, personalities: personalities)
                let recorder = GameRecorder(store: store, game: saved.id)
                let llm = saved.setup.seats.first { $0.kind == .llm }
                let controllers = try await environment.makeControllers(game, saved.id, llm?.provider, llm?.model)
                let history = try await TableHistory.load(store: store, game: saved.id, state: game)
                live.install(controllers: controllers, recorder: recorder)
                inbox.post(AppMsg(.gameReady(game, gameID: id, history: history)))
            } catch {
                inbox.post(AppMsg(.failed("Cannot resume game \(id): \(Self.sentence(error))")))
            }
        }
    }

    func performReplay(_ request: ReplayRequest, inbox: Inbox<AppMsg>) {
        let environment = self.environment
        spawn {
            guard let store = environment.store else { return inbox.post(AppMsg(.replay(.failed("No database is open.")))) }
            do {
                switch request {
                case let .loadHands(id):
                    inbox.post(AppMsg(.replay(.handsLoaded(try await Self.browser(store: store, game: GameID(id))))))
                case let .loadHand(id):
                    let stored = try await store.hand(HandID(id))
                    let saved = try await store.loadGame(stored.game)
                    let hand = try ReplayHand.make(stored: stored, seatNames: saved.setup.names, humanSeat: saved.setup.humanSeat,
                                                   analyses: try await store.analyses(game: stored.game),
                                                   captures: try await store.captures(game: stored.game))
                    let browser = try await Self.browser(store: store, game: stored.game)
                    inbox.post(AppMsg(.replay(.handLoaded(hand, browser: browser))))
                case let .export(id):
                    inbox.post(AppMsg(.replay(.exported(try await Self.export(store: store, hand: HandID(id),
                                                                                 to: environment.exportDirectory)))))
                }
            } catch {
                inbox.post(AppMsg(.replay(.failed(Self.sentence(error)))))
            }
        }
    }

    nonisolated static func browser(store: any GameLibrary & LabArchive, game: GameID) async throws -> HandBrowserState {
        guard let summary = try await store.games().first(where: { $0.id == game }) else {
            throw StoreError.gameNotFound(path: store.path, game: game)
        }
        var mistakes: [Int: Int] = [:]
        for row in try await store.analyses(game: game, capture: nil) where row.verdict == .mistake {
            if let number = row.handNumber { mistakes[number, default: 0] += 1 }
        }
        return HandBrowserState(game: summary, hands: try await store.hands(game: game), mistakes: mistakes)
    }

    /// Writes `game-<game>-hand-<number>.phh` and `.txt` (PokerStars), named as the player knows
    /// the hand (not by its row id); returns where.
    nonisolated static func export(store: any GameLibrary, hand id: HandID, to directory: URL) async throws -> String {
        let stored = try await store.hand(id)
        guard let phh = stored.phh else { return "Hand \(stored.number) is not finished yet, so it cannot be exported." }
        let hero = try await store.loadGame(stored.game).setup.humanSeat
        let stars = try await store.pokerStarsText(hand: id, heroSeat: hero, buyIn: "Freeroll")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let name = exportName(game: stored.game.rawValue, hand: stored.number)
        let phhURL = directory.appendingPathComponent(name + ".phh")
        let starsURL = directory.appendingPathComponent(name + ".txt")
        try phh.write(to: phhURL, atomically: true, encoding: .utf8)
        try stars.write(to: starsURL, atomically: true, encoding: .utf8)
        return "Exported to \(phhURL.path) and \(starsURL.lastPathComponent)"
    }

    /// `game-3-hand-12`.
    nonisolated static func exportName(game: Int64, hand number: Int) -> String { "game-\(game)-hand-\(number)" }

    func loadStats(_ id: Int64?, inbox: Inbox<AppMsg>) {
        let environment = self.environment
        spawn {
            guard let store = environment.store else { return inbox.post(AppMsg(.stats(.failed("No database is open.")))) }
            do {
                let games = try await store.games()
                guard let summary = id.flatMap({ id in games.first { $0.id.rawValue == id } }) ?? games.first else {
                    return inbox.post(AppMsg(.stats(.failed("No games yet: play one first."))))
                }
                inbox.post(AppMsg(.stats(.loaded(try await Self.stats(store: store, game: summary)))))
            } catch {
                inbox.post(AppMsg(.stats(.failed(Self.sentence(error)))))
            }
        }
    }

    nonisolated static func stats(store: any GameLibrary, game summary: GameSummary) async throws -> StatsData {
        let saved = try await store.loadGame(summary.id)
        let stored = try await store.completeHands(game: summary.id)
        let tables = stored.compactMap { try? HUDStats.TableHand(stored: $0) }
        let names = saved.setup.names
        let hud = HUDStats.lines(tables, seatNames: names, humanSeat: saved.setup.humanSeat)
        let series = StackSeries.make(names: names, startingStack: saved.setup.match.startingStack,
                                      humanSeat: saved.setup.humanSeat,
                                      hands: stored.compactMap { hand in hand.finishingStacks.map { (hand.seats, $0) } })
        // A read that fails is the screen's error, not an empty career or results list.
        return StatsData(game: summary, hud: hud, series: series, career: try await store.careerStats(),
                         results: try await store.results(game: summary.id))
    }

    /// An error as one sentence.
    nonisolated static func sentence(_ error: any Error) -> String {
        TableScreen.sentence(String(describing: error))
    }
}
