import Dispatch
import Foundation
import PokerAI
import PokerGame
import PokerStore

/// Runs an all-AI game without a terminal, one line per hand; Ctrl-C pauses cleanly.
enum HeadlessPlay {
    static func run(state initial: GameState, recorder: GameRecorder, maxHands: Int?, llm: LLMSeatOptions) async throws {
        var state = initial
        let controllers = try await llm.controllers(for: state, game: recorder.game)
        let runner = GameRunner(controllers: controllers, recorder: recorder,
                                decisionTimeout: .milliseconds(Int(llm.decisionTimeout * 1000)))
        let task = Task { [state] () async throws -> (GameRunner.Stop, GameState) in
            var game = state
            let stop = try await runner.play(&game, maxHands: maxHands) { report in print(report.text) }
            return (stop, game)
        }
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        interrupt.setEventHandler { task.cancel() }
        interrupt.resume()
        defer { interrupt.cancel() }
        let stop: GameRunner.Stop
        do {
            (stop, state) = try await task.value
        } catch {
            throw CLIError(String(describing: error))
        }
        switch stop {
        case .tournamentOver:
            print("Tournament over after \(state.match.handsPlayed) hands.")
            for seat in state.match.standings {
                print("  \(state.match.places[seat] ?? 0). \(state.name(ofSeat: seat))")
            }
        case .providerRefused(let refusal):
            throw CLIError("\(refusal) Stopped at hand \(state.match.handsPlayed); the game is saved. "
                           + "Fix the key, then: pokerface resume \(recorder.game.rawValue) --headless")
        case .handLimit, .cancelled:
            let chips = state.match.standings.map { "\(state.name(ofSeat: $0)) \(state.match.stacks[$0])" }
            print("Paused after hand \(state.match.handsPlayed): \(chips.joined(separator: ", ")).")
            print("Continue with: pokerface resume \(recorder.game.rawValue) --headless")
        }
    }
}
