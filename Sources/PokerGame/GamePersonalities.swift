import Foundation
import PokerAI
import PokerStore

/// Keeps the personalities of a game's AI seats with the game, and reads them back, so a recorded
/// game replays the same wherever its database file goes.
public enum GamePersonalities {
    /// Stores the personalities of `state`'s AI seats with `game`.
    public static func save(_ state: GameState, game: GameID, store: GameStore) async throws(StoreError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var seats: [SeatPersonality] = []
        for (seat, personality) in state.personalities.sorted(by: { $0.key < $1.key }) {
            guard let data = try? encoder.encode(personality) else { continue }
            let slug = state.setup.seats.indices.contains(seat) ? state.setup.seats[seat].personality : nil
            seats.append(SeatPersonality(seat: seat, slug: slug, json: String(decoding: data, as: UTF8.self)))
        }
        try await store.saveSeatPersonalities(game: game, seats)
    }

    /// The personalities a game was played with: those kept with it, and for seats without one
    /// (games recorded before they were kept) the library's current files.
    public static func load(game: GameID, setup: GameSetup, store: GameStore,
                            library: PersonalityLibrary) async throws(StoreError) -> [Int: Personality] {
        var result = GameState.personalities(for: setup, library: library)
        for kept in try await store.seatPersonalities(game: game) {
            if let personality = try? JSONDecoder().decode(Personality.self, from: Data(kept.json.utf8)) {
                result[kept.seat] = personality
            }
        }
        return result
    }
}
