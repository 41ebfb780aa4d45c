import PokerEngine
import PokerStore

/// Which saved game `resume` continues. A game that cannot be played on — chip amounts above
/// `Chips.maximum`, saved before that limit existed — is reported; named, it is the error, and
/// plain `resume` skips it with a message and takes the next unfinished game.
enum ResumeChoice {
    static func pick(_ id: Int64?, store: GameStore, path: String) async throws -> SavedGame {
        do {
            if let id {
                let saved = try await store.loadGame(GameID(id))
                if saved.status == .running, let problem = saved.match.chipProblem {
                    throw CLIError("game \(id) cannot be resumed: \(problem)")
                }
                return saved
            }
            for summary in try await store.games() where summary.status == .running {
                let saved = try await store.loadGame(summary.id)
                guard let problem = saved.match.chipProblem else { return saved }
                Console.error("skipping game \(summary.id.rawValue), which cannot be resumed: \(problem)")
            }
            throw CLIError("no unfinished game in \(path)")
        } catch let error as StoreError {
            throw CLIError(error.description)
        }
    }
}
