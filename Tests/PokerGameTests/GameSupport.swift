import Foundation
import PokerAI
import PokerEngine
import PokerStore
import PokerTestSupport
@testable import PokerGame

let library = PersonalityLibrary.load(from: [TestPaths.packageRoot.appendingPathComponent("personalities")])

func newGame(seats: Int = 6, seed: UInt64 = 1, stack: Int = 1_000, bigBlind: Int = 20, handsPerLevel: Int = 4,
             mode: GameMode = .standard, opponents: [String] = []) throws -> GameState {
    var options = NewGameOptions()
    options.seats = seats
    options.seed = seed
    options.startingStack = Chips(stack)
    options.bigBlind = Chips(bigBlind)
    options.handsPerLevel = handsPerLevel
    options.mode = mode
    options.opponents = opponents
    return try GameState.new(options, library: library)
}

/// A calling station: checks or calls every time.
struct AlwaysCall: PlayerController {
    func decide(_ request: DecisionRequest) async -> Decision { Decision(action: .checkOrCall, source: .offline) }
}

func temporaryStore() throws -> (GameStore, URL) {
    let dir = try TestPaths.temporaryDirectory("game-tests")
    return (try GameStore(path: dir.appendingPathComponent("db.sqlite").path), dir)
}
