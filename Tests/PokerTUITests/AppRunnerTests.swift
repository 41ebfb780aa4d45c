import Testing
@testable import PokerTUI

/// A tiny counter app to drive the loop: keys `+` and `-`, `q` quits, `!` fails.
@MainActor
private enum Counter {
    struct State: Equatable { var count = 0; var note = "" }
    enum Msg: Sendable { case key(Key), resized, note(String), tick }
    enum Command { case quit, fail }
    struct Failure: Error {}

    static func program(ticks: Bool = false) -> AppProgram<State, Msg, Command> {
        AppProgram(
            render: { state, size, _ in
                var buffer = ScreenBuffer(size: size)
                buffer.write("count \(state.count) \(state.note)", at: (0, 0))
                return buffer
            },
            update: { state, msg in
                switch msg {
                case .key(.character("+")): state.count += 1
                case .key(.character("-")): state.count -= 1
                case .key(.character("q")): return [.quit]
                case .key(.character("!")): return [.fail]
                case .note(let text): state.note = text
                case .tick: state.count += 100
                case .key, .resized: break
                }
                return []
            },
            input: { event in
                switch event {
                case .key(let key): .key(key)
                case .resized: .resized
                }
            },
            tick: { _ in ticks ? .tick : nil },
            tickInterval: .zero
        )
    }

    static func perform(_ command: Command, _ inbox: Inbox<Msg>) throws -> LoopControl {
        switch command {
        case .quit: .quit
        case .fail: throw Failure()
        }
    }
}

@MainActor
@Suite struct AppRunnerTests {
    private let size = TerminalSize(width: 80, height: 24)

    /// Below 80×24 the program is not drawn, so its keys must not act unseen; `q` still quits.
    @Test func aTooSmallWindowIgnoresKeysButQ() throws {
        let terminal = ScriptedTerminal(size: TerminalSize(width: 60, height: 20), script: [
            .key(.character("+")), .key(.character("+")), .resized(size), .key(.character("+")),
            .resized(TerminalSize(width: 60, height: 20)), .key(.character("+")), .key(.character("q")),
        ])
        let runner = AppRunner(terminal: terminal, state: Counter.State(), program: Counter.program(), perform: Counter.perform)
        try runner.run()
        #expect(runner.state.count == 1, "only the + typed at 80×24 counted")
        let screens = terminal.frames.map { $0.textDump() }
        #expect(screens.first?.contains("make the window larger (need 80×24, have 60×20)") == true)
        // Each ignored key is counted on the screen; the count starts again once the window fits.
        #expect(screens.contains { $0.contains("q quits · 1 key ignored until it is larger") }, "\(screens)")
        #expect(screens.contains { $0.contains("q quits · 2 keys ignored until it is larger") }, "\(screens)")
        #expect(screens.last?.contains("q quits · 1 key ignored until it is larger") == true, "\(screens)")
        #expect(terminal.restored, "q quit the loop")
    }

    @Test func rendersOnlyWhenTheStateChanges() throws {
        let terminal = ScriptedTerminal(size: size, script: [
            .key(.character("+")), nil, nil, .key(.character("x")), nil, .key(.character("+")), .key(.character("q")),
        ])
        let runner = AppRunner(terminal: terminal, state: Counter.State(), program: Counter.program(), perform: Counter.perform)
        try runner.run()
        #expect(terminal.frames.map { $0.textDump().prefix(7) } == ["count 0", "count 1", "count 2"])
        #expect(runner.state.count == 2)
        #expect(terminal.restored)
    }

    @Test func messagesFromBackgroundWorkArriveThroughTheInbox() async throws {
        let terminal = ScriptedTerminal(size: size, script: [nil, .key(.character("q"))])
        let runner = AppRunner(terminal: terminal, state: Counter.State(), program: Counter.program(), perform: Counter.perform)
        let inbox = runner.inbox
        await Task.detached { inbox.post(.note("AI decided")) }.value
        try runner.run()
        #expect(runner.state.note == "AI decided")
        #expect(terminal.frames.last?.textDump().hasPrefix("count 0 AI decided") == true)
        #expect(inbox.count == 0)
    }

    @Test func resizeRedrawsAtTheNewSizeAndTooSmallShowsTheNotice() throws {
        let terminal = ScriptedTerminal(size: size, script: [
            .resized(TerminalSize(width: 100, height: 30)), .resized(TerminalSize(width: 60, height: 20)), .key(.character("q")),
        ])
        let runner = AppRunner(terminal: terminal, state: Counter.State(), program: Counter.program(), perform: Counter.perform)
        try runner.run()
        #expect(terminal.frames.map(\.size) == [size, TerminalSize(width: 100, height: 30), TerminalSize(width: 60, height: 20)])
        #expect(terminal.frames.last?.textDump().contains("make the window larger (need 80×24, have 60×20)") == true)
    }

    @Test func aThrowingCommandStillRestoresTheTerminal() {
        let terminal = ScriptedTerminal(size: size, script: [.key(.character("!"))])
        let runner = AppRunner(terminal: terminal, state: Counter.State(), program: Counter.program(), perform: Counter.perform)
        #expect(throws: Counter.Failure.self) { try runner.run() }
        #expect(terminal.restored)
    }

    @Test func ticksAreOnlyAskedForAndDrawnWhenTheProgramWantsThem() throws {
        let idle = ScriptedTerminal(size: size, script: [nil, nil, nil, .key(.character("q"))])
        let idleRunner = AppRunner(terminal: idle, state: Counter.State(), program: Counter.program(ticks: false), perform: Counter.perform)
        try idleRunner.run()
        #expect(idle.frames.count == 1)

        let animated = ScriptedTerminal(size: size, script: [nil, nil, .key(.character("q"))])
        let animatedRunner = AppRunner(terminal: animated, state: Counter.State(), program: Counter.program(ticks: true), perform: Counter.perform)
        try animatedRunner.run()
        #expect(animated.frames.count >= 3)
        #expect(animatedRunner.state.count >= 200)
    }

    @Test func framesAreAlwaysTheTerminalSize() throws {
        let small = AppProgram<Counter.State, Counter.Msg, Counter.Command>(
            render: { _, _, _ in ScreenBuffer(width: 10, height: 2) },
            update: { _, _ in [.quit] },
            input: { _ in .tick })
        let terminal = ScriptedTerminal(size: size, script: [.key(.character("q"))])
        try AppRunner(terminal: terminal, state: Counter.State(), program: small, perform: Counter.perform).run()
        #expect(terminal.frames.first?.size == size)
    }
}
