import Glibc
import PokerAI
import PokerEngine
import PokerGame

/// The UI's `make bench` figures: the time to render and present a full table frame, the time
/// from a key to its frame, and the CPU the loop uses while it waits (idle, and while an AI
/// seat thinks and the timer redraws ten times a second).
public enum UIBenchmark {
    /// What was measured.
    public struct Result: Sendable {
        public var size: TerminalSize
        public var frames: Int
        /// Render plus present, per frame: p50 and p99.
        public var frameP50: Duration
        public var frameP99: Duration
        /// `update` for a key, then render and present: p50 and p99.
        public var keyP50: Duration
        public var keyP99: Duration
        /// Process CPU over wall-clock time while the loop waits for input, in percent.
        public var idleCPUPercent: Double
        /// The same while an AI seat thinks (the timer redraws at 10 Hz).
        public var thinkingCPUPercent: Double
        /// Loop wake-ups per second while idle.
        public var idleWakeupsPerSecond: Double
    }

    /// A nine-seat table on the flop with a log, the human to act.
    public static func richTable(size: TerminalSize, library: PersonalityLibrary) throws -> TableState {
        var options = NewGameOptions()
        options.seats = 9
        options.seed = 4
        options.humanName = "You"
        let game = try GameState.new(options, library: library)
        var state = TableState(game: game, humanSeat: 0, gameID: 1, session: 1, now: .now, size: size,
                               settings: TableSettings(aiPace: .zero, runoutPace: .zero))
        var commands = TableScreen.begin(&state)
        var moves = 0
        while moves < 60, state.game.value.match.hand?.board.isEmpty != false || !state.humanToAct {
            moves += 1
            if state.humanToAct {
                commands = TableScreen.update(&state, .key(.character("c")))
            } else if case let .decide(job)? = commands.first(where: { if case .decide = $0 { true } else { false } }) {
                let answer = AIAnswer(job: job, decision: Decision(action: .checkOrCall, source: .offline))
                commands = TableScreen.update(&state, .aiDecided(answer))
            } else if state.phase == .handOver {
                commands = TableScreen.update(&state, .key(.character(" ")))
            } else {
                break
            }
        }
        return state
    }

    /// Runs every measurement on an in-memory terminal of `size`.
    @MainActor
    public static func run(size: TerminalSize = TerminalSize(width: 160, height: 50), frames: Int = 300,
                           idleSeconds: Double = 3, library: PersonalityLibrary) throws -> Result {
        let clock = ContinuousClock()
        let table = try richTable(size: size, library: library)
        var app = AppState(screen: .table(table), now: .now, size: size, settings: UISettings(), hasMenu: false)
        let terminal = MemoryTerminal(size: size)
        var frameTimes: [Duration] = []
        for index in 0..<frames {
            var state = table
            state.now = table.now.advanced(by: .milliseconds(index))  // a new frame each time
            let start = clock.now
            terminal.present(TableScreen.render(state, size: size, capabilities: terminal.capabilities))
            frameTimes.append(clock.now - start)
        }
        var keyTimes: [Duration] = []
        let keys: [Key] = [.character("?"), .character(" "), .character("r"), .character("5"), .character("0"), .backspace, .escape]
        for index in 0..<frames {
            let start = clock.now
            _ = PokerApp.update(&app, AppMsg(at: .now, .key(keys[index % keys.count])))
            terminal.present(PokerApp.render(app, size: size, capabilities: terminal.capabilities))
            keyTimes.append(clock.now - start)
        }
        let idle = try loopCPU(state: AppState(screen: .table(table), now: .now, size: size, settings: UISettings(), hasMenu: false),
                               size: size, seconds: idleSeconds)
        var thinking = table
        thinking.thinking = Thinking(seat: 1, handNumber: table.game.value.match.handsPlayed, decisionIndex: -1, since: .now)
        let busy = try loopCPU(state: AppState(screen: .table(thinking), now: .now, size: size, settings: UISettings(), hasMenu: false),
                               size: size, seconds: idleSeconds)
        return Result(size: size, frames: frames, frameP50: percentile(frameTimes, 0.5), frameP99: percentile(frameTimes, 0.99),
                      keyP50: percentile(keyTimes, 0.5), keyP99: percentile(keyTimes, 0.99),
                      idleCPUPercent: idle.cpu, thinkingCPUPercent: busy.cpu, idleWakeupsPerSecond: idle.wakeups)
    }

    /// Runs the real loop on `state` for `seconds` with no input; a background task posts `q`.
    @MainActor
    static func loopCPU(state: AppState, size: TerminalSize, seconds: Double) throws -> (cpu: Double, wakeups: Double) {
        let terminal = MemoryTerminal(size: size)
        let runner = AppRunner(terminal: terminal, state: state, program: PokerApp.program) { command, _ in
            if case .quit = command { return .quit }
            return .keepRunning
        }
        let inbox = runner.inbox
        let wall = ContinuousClock()
        let start = wall.now
        let cpuStart = processCPUSeconds()
        let quitter = Task.detached {
            try? await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
            inbox.post(AppMsg(.key(.character("q"))))
        }
        try runner.run()
        _ = quitter
        let elapsed = Double((wall.now - start) / .milliseconds(1)) / 1000
        let cpu = processCPUSeconds() - cpuStart
        return (elapsed > 0 ? cpu / elapsed * 100 : 0, Double(terminal.emptyWaits) / max(elapsed, 0.001))
    }

    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func percentile(_ values: [Duration], _ p: Double) -> Duration {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .zero }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }
}
