import Foundation
import PokerEngine
import Testing
@testable import PokerStore

@Suite struct ConcurrencyTests {
    /// Readers run while the writer records a game: every read sees a committed, consistent state
    /// (chips conserved in the saved match, hand rows complete except the current one).
    @Test func readsRunWhileAGameIsBeingWritten() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try GameStore(path: dir.path())
        let config = Play.config(seats: 6, stack: 5000, seed: 31)
        let game = try await store.createGame(setup: Play.setup(config), match: try Match(config))
        let total = config.startingStack * config.seatCount

        let writer = Task {
            var match = try Match(config)
            while match.handsPlayed < 40, try await Play.step(&match, store: store, game: game, seed: 31, policy: .gentle) {}
            return match.handsPlayed
        }
        let reads = try await withThrowingTaskGroup(of: Int.self) { group in
            for reader in 0..<4 {
                group.addTask {
                    var count = 0
                    for _ in 0..<60 {
                        let saved = try await store.loadGame(game)
                        let inPlay = saved.match.hand.map { $0.isComplete ? .zero : $0.potTotal + $0.stacks.sum() } ?? .zero
                        let behind = saved.match.isHandInProgress
                            ? saved.match.stacks.enumerated().filter { !saved.match.handSeats.contains($0.offset) }.map(\.element).sum()
                            : saved.match.stacks.sum()
                        #expect(inPlay + behind == total, "reader \(reader) saw chips appear or vanish")
                        let hands = try await store.hands(game: game)
                        let completeBeforeLast = hands.dropLast().allSatisfy { $0.isComplete }
                        #expect(completeBeforeLast)
                        count += 1
                    }
                    return count
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(reads == 240)
        #expect(try await writer.value == 40)
        #expect(try await store.hands(game: game).count == 40)
    }
}
