import PokerAI
import PokerEngine
import PokerGame
import PokerStore
@testable import PokerTUI

/// The table as the app drives it, in process and in order: `TableScreen` decides what happens,
/// `AppEffects.decide` asks the AI seats (the app's own code: the `Turn` pipeline, judged when the
/// table asks), `AppEffects.save` writes through the recorder, and a scripted human presses keys.
struct EffectsTable {
    var state: TableState
    let controllers: [Int: any PlayerController]
    let recorder: GameRecorder
    /// The human's move in a spot (check or call, or fold); pressed as `c` or `f`.
    let human: @Sendable (LegalActions) -> Action

    /// Plays until `hands` hands are over (or the table stops: the human busted, the tournament ended).
    mutating func play(hands: Int) async throws {
        var queue = TableScreen.begin(&state)
        while true {
            while !queue.isEmpty { queue += try await perform(queue.removeFirst()) }
            if let legal = state.humanLegal {
                let key: Character = human(legal) == .fold ? "f" : "c"
                queue = TableScreen.update(&state, .key(.character(key)))
            } else if state.phase == .handOver, state.game.value.match.handsPlayed < hands {
                queue = TableScreen.update(&state, .key(.character(" ")))
            } else {
                return
            }
        }
    }

    /// Carries out one table command as `AppEffects.performTable` does, but awaited in line; the
    /// AI's answer goes back to the table as the app's inbox would deliver it.
    private mutating func perform(_ command: TableCommand) async throws -> [TableCommand] {
        switch command {
        case let .decide(job):
            let inbox = Inbox<AppMsg>()
            await AppEffects.decide(job, controller: controllers[job.seat], inbox: inbox)
            var next: [TableCommand] = []
            for message in inbox.drain() {
                if case let .table(msg) = message.event { next += TableScreen.update(&state, msg) }
            }
            return next
        case let .save(job):
            try await AppEffects.save(job, recorder: recorder)
            return []
        default:
            return []
        }
    }
}
