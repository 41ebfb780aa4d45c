import PokerAI
import PokerEngine
import PokerGame
import PokerStore
import Testing
@testable import PokerTUI

/// Defect: a resumed table lost the log of the hands before it and put every word said below
/// every action.
@Suite struct TableHistoryTests {
    @Test func aResumedTableBringsBackTheEarlierHandsInOrder() async throws {
        let (store, id, _) = try await TableFixtures.storeWithGame()
        let saved = try await store.loadGame(id)
        let game = GameRecorder.restore(saved, personalities: GameState.personalities(for: saved.setup, library: TableFixtures.library))
        let current = game.match.handsPlayed
        try await store.saveNote(game: id, seat: 2, personality: nil, text: "bluffs rivers")
        let history = try await TableHistory.load(store: store, game: id, state: game)
        #expect(history.notes == [2: "bluffs rivers"])
        #expect(history.previousHand?.number == current - 1)
        let table = TableState(game: game, humanSeat: 0, gameID: id.rawValue, session: 1, now: TableFixtures.start,
                               size: TerminalSize(width: 80, height: 24), history: history)
        let lines = table.log.entries.map(\.plainText)
        let banners = lines.filter { $0.hasPrefix("Hand ") && $0.contains(" · blinds ") }
        #expect(banners.map { $0.split(separator: " ")[1] }.compactMap { Int($0) }
                == Array((current - TableHistory.handsRestored)...current), "\(banners)")
        // Each hand's talk sits inside that hand: before the next hand's banner.
        for entry in table.log.entries where entry.hand < current {
            let index = try #require(table.log.entries.firstIndex(of: entry))
            let nextBanner = lines.firstIndex { $0.hasPrefix("Hand \(entry.hand + 1) ·") } ?? lines.count
            #expect(index < nextBanner, "\(entry.plainText) of hand \(entry.hand) after hand \(entry.hand + 1) began")
        }
        #expect(table.notes[2] == "bluffs rivers")
    }
}
