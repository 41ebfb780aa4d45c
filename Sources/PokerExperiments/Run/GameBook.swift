import PokerStore
import Synchronization

/// Which tournaments of an experiment are complete, in progress or not started, shared by the
/// run's workers.
final class GameBook: Sendable {
    struct Entry: Sendable {
        var record: ExperimentGameRecord?
        var complete: Bool
        var handsDone: Int
    }

    private let entries: Mutex<[TournamentKey: Entry]>
    let handCap: Int

    init(plan: ExperimentPlan, records: [ExperimentGameRecord]) {
        handCap = plan.spec.handsPerTournament
        var entries: [TournamentKey: Entry] = [:]
        for key in plan.keys { entries[key] = Entry(record: nil, complete: false, handsDone: 0) }
        for record in records {
            guard let variant = plan.variantIndex(record.variant) else { continue }
            let key = TournamentKey(variant: variant, tournament: record.tournamentIndex)
            let done = record.handsPlayed - (record.handInProgress ? 1 : 0)
            entries[key] = Entry(record: record, complete: Self.isComplete(record, cap: handCap), handsDone: done)
        }
        self.entries = Mutex(entries)
    }

    /// A game is complete when one player has every chip, or it reached the hand cap between hands.
    static func isComplete(_ record: ExperimentGameRecord, cap: Int) -> Bool {
        switch record.status {
        case .finished, .abandoned: true
        case .running: record.handsPlayed >= cap && !record.handInProgress
        }
    }

    /// Tournaments still to play, tournament-major.
    var pending: [TournamentKey] { entries.withLock { $0.filter { !$0.value.complete }.map(\.key).sorted() } }
    /// Complete games left running in the store (a crash right after their last hand): to close.
    var unclosed: [GameID] {
        entries.withLock { $0.values.compactMap { $0.complete && $0.record?.status == .running ? $0.record?.game : nil } }
    }
    var completeCount: Int { entries.withLock { $0.values.filter(\.complete).count } }
    var handsDone: Int { entries.withLock { $0.values.reduce(0) { $0 + $1.handsDone } } }
    /// Hands played by complete games plus the cap for every other one.
    var handsTotal: Int { entries.withLock { $0.values.reduce(0) { $0 + ($1.complete ? $1.handsDone : handCap) } } }

    func record(_ key: TournamentKey) -> ExperimentGameRecord? { entries.withLock { $0[key]?.record } }

    func markComplete(_ key: TournamentKey, hands: Int) {
        entries.withLock { $0[key]?.complete = true; $0[key]?.handsDone = hands }
    }
}
