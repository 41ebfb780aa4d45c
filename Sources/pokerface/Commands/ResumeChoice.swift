import PokerEngine
import PokerStore

/// Which saved game `resume` continues. A game that cannot be played on — chip amounts above
/// `Chips.maximum`, saved before that limit existed — or one another process is playing is
/// reported; named, it is the error, and plain `resume` skips it with a message and takes the next
/// unfinished game (claimed for this process before it is returned).
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
                if let problem = saved.match.chipProblem {
                    Console.error("skipping game \(summary.id.rawValue), which cannot be resumed: \(problem)")
                    continue
                }
                if let holder = try await claimOrHolder(saved.id, store: store) {
                    Console.error("skipping game \(summary.id.rawValue), which another pokerface is playing\(holder)")
                    continue
                }
                return saved
            }
            throw CLIError("no unfinished game in \(path)")
        } catch let error as StoreError {
            throw CLIError(error.description)
        }
    }

    /// Claims `game` for this process; when another process holds it, returns " (process N)" (or "").
    private static func claimOrHolder(_ game: GameID, store: GameStore) async throws(StoreError) -> String? {
        do {
            try await store.claim(game)
            return nil
        } catch {
            guard case let .gameInUse(_, _, pid) = error else { throw error }
            return pid.map { " (process \($0))" } ?? ""
        }
    }
}
