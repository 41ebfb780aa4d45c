import Foundation
import PokerAI
import PokerEngine
import PokerGame
import PokerStore
import PokerTestSupport
import Testing
@testable import PokerTUI

/// Games, tables and an offline AI driver for table tests. Personalities come from the
/// checkout's `personalities/` only, so a user's own characters never change a snapshot.
enum TableFixtures {
    static let library = PersonalityLibrary.load(from: [TestPaths.packageRoot.appendingPathComponent("personalities")])

    /// A new game with the human in seat 0.
    static func game(seats: Int = 6, seed: UInt64 = 7, stack: Int = 1_500, bigBlind: Int = 20,
                     opponents: [String] = []) throws -> GameState {
        var options = NewGameOptions()
        options.seats = seats
        options.seed = seed
        options.startingStack = Chips(stack)
        options.bigBlind = Chips(bigBlind)
        options.humanName = "You"
        options.opponents = opponents
        return try GameState.new(options, library: library)
    }

    /// `game` with its seats holding `stacks` before the first hand (a short stack, a big
    /// stack…), by re-reading the match with other stacks: side pots without playing for them.
    static func withStacks(_ game: GameState, _ stacks: [Int]) throws -> GameState {
        var json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(game.match)) as? [String: Any] ?? [:]
        json["stacks"] = stacks
        let match = try JSONDecoder().decode(Match.self, from: JSONSerialization.data(withJSONObject: json))
        return GameState(setup: game.setup, match: match, personalities: game.personalities)
    }

    static let start = ContinuousClock.now

    /// A store holding one AI game (headless, 8 hands, decisions judged).
    static func storeWithGame() async throws -> (GameStore, GameID, URL) {
        try await sharedGame.value
    }

    /// Made once per test run: playing and judging eight hands is the heaviest thing these tests do.
    private static let sharedGame = Task { try await makeStoreWithGame() }

    private static func makeStoreWithGame() async throws -> (GameStore, GameID, URL) {
        let directory = TableFixtures.scratch.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try GameStore(path: directory.appendingPathComponent("db.sqlite").path)
        var options = NewGameOptions()
        options.seats = 4
        options.seed = 11
        options.startingStack = 6_000
        options.humanName = "You"
        var game = try GameState.new(options, library: library)
        let recorder = try await GameRecorder.create(store: store, state: game)
        // The human's seat is played by a bot here, so the game can be recorded without keys.
        var controllers = Controllers.offline(for: game)
        guard let standIn = library.entries.first?.personality else { throw CocoaError(.fileNoSuchFile) }
        controllers[0] = OfflineBot(personality: standIn)
        let runner = GameRunner(controllers: controllers, recorder: recorder)
        _ = try await runner.play(&game, maxHands: 8)
        return (store, recorder.game, directory)
    }

    /// A scratch directory for exports and databases.
    static let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pokertui-tests-\(getpid())")

    /// A table for `game` at `size`, nothing dealt yet.
    static func table(_ game: GameState, size: TerminalSize = TerminalSize(width: 80, height: 24),
                      settings: TableSettings = TableSettings(aiPace: .zero, runoutPace: .zero)) -> TableState {
        TableState(game: game, humanSeat: 0, gameID: 1, session: 1, now: start, size: size, settings: settings)
    }
}

/// Runs a table like the app does, but with offline bots answering in line: every `decide`
/// command is answered at once, so a test reads like a script of the human's keys.
struct TableDriver {
    var state: TableState
    let controllers: [Int: any PlayerController]
    /// Every command the table gave, in order.
    var commands: [TableCommand] = []
    /// Decision jobs not answered yet (when `answerAI` is false).
    var pendingJobs: [DecisionJob] = []
    var answerAI = true
    /// Equity requests are answered in line (as the app answers them in the background).
    var answerEquity = true
    /// When set, AI seats play these moves instead of asking their bots.
    var script: (@Sendable (DecisionJob) -> Action)?

    init(_ state: TableState) {
        self.state = state
        controllers = Controllers.offline(for: state.game.value)
    }

    mutating func begin() async {
        let out = TableScreen.begin(&state)
        await run(out)
    }

    mutating func send(_ msg: TableMsg) async {
        let out = TableScreen.update(&state, msg)
        await run(out)
    }

    mutating func press(_ keys: Key...) async {
        for key in keys { await send(.key(key)) }
    }

    mutating func type(_ text: String) async {
        for character in text { await send(.key(.character(character))) }
    }

    /// Answers AI decisions until the human must act or the hand is over.
    mutating func run(_ out: [TableCommand]) async {
        var queue = out
        while !queue.isEmpty {
            let command = queue.removeFirst()
            commands.append(command)
            if case let .estimateEquity(job) = command, answerEquity {
                if let estimate = job.estimate() { queue += TableScreen.update(&state, .equityEstimated(estimate)) }
                continue
            }
            guard case let .decide(job) = command else { continue }
            guard answerAI, let controller = controllers[job.seat] else {
                pendingJobs.append(job)
                continue
            }
            let decision = if let script { Decision(action: script(job), source: .offline) }
                else { await controller.decide(job.request) }
            queue += TableScreen.update(&state, .aiDecided(AIAnswer(job: job, decision: decision)))
        }
    }

    /// AI seats call everything (check when they can).
    static let callingStation: @Sendable (DecisionJob) -> Action = { _ in .checkOrCall }

    /// The screen as text.
    func screen(_ size: TerminalSize? = nil, capabilities: TerminalCapabilities = .full) -> String {
        TableScreen.render(state, size: size ?? state.size, capabilities: capabilities).textDump()
    }

    /// The table as it is now, at the smallest size and at a large one: snapshots `<name>-80x24`
    /// and `<name>-160x50`.
    func assertSnapshots(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        assertSnapshot(screen(TerminalSize(width: 80, height: 24)), named: name + "-80x24", sourceLocation: sourceLocation)
        assertSnapshot(screen(TerminalSize(width: 160, height: 50)), named: name + "-160x50", sourceLocation: sourceLocation)
    }
}
