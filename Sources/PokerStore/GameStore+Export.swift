import Foundation
import HandHistory
import PokerEngine

extension GameStore {
    /// The complete hands of a game as a `.phhs` document (`[1]`, `[2]`, … in hand order), each
    /// with `players`, `finishing_stacks`, `hand`, `level` and `seats`.
    public nonisolated func phhText(game: GameID) async throws(StoreError) -> String {
        let hands = try await completeHands(game: game)
        return hands.enumerated().map { "[\($0.offset + 1)]\n" + ($0.element.phh ?? "") }.joined(separator: "\n")
    }

    /// The complete hands of a game as PokerStars tournament hand histories. `heroSeat` gets the
    /// `Dealt to` line (default: the game's human seat; none in an all-AI game).
    public nonisolated func pokerStarsText(game: GameID, heroSeat: Int?? = nil, buyIn: String = "$0+$0 USD")
        async throws(StoreError) -> String
    {
        let hero: Int?
        if let heroSeat { hero = heroSeat } else { hero = try await loadGame(game).setup.humanSeat }
        let hands = try await completeHands(game: game)
        var entries: [(hand: Hand, table: PokerStarsTable)] = []
        for stored in hands {
            entries.append((try replayed(stored), stored.pokerStarsTable(heroSeat: hero, buyIn: buyIn)))
        }
        return PokerStarsWriter.text(entries)
    }

    /// One stored hand as PokerStars text.
    public nonisolated func pokerStarsText(hand id: HandID, heroSeat: Int?, buyIn: String = "$0+$0 USD")
        async throws(StoreError) -> String
    {
        let stored = try await hand(id)
        return PokerStarsWriter.text(try replayed(stored), table: stored.pokerStarsTable(heroSeat: heroSeat, buyIn: buyIn))
    }

    nonisolated func replayed(_ stored: StoredHand) throws(StoreError) -> Hand {
        do { return try stored.replay() } catch {
            throw .damagedRecord(path: path, table: "hand", id: stored.id.rawValue, reason: error.description)
        }
    }
}

extension StoredHand {
    /// The PokerStars header facts of this hand: hand number = row id, tournament = game id.
    public func pokerStarsTable(heroSeat: Int?, buyIn: String = "$0+$0 USD") -> PokerStarsTable {
        PokerStarsTable(handNumber: id.rawValue, tournamentNumber: game.rawValue, buyIn: buyIn, level: level + 1,
                        startedAt: startedAt, tableSize: seatCount, seatNumbers: seats.map { $0 + 1 }, names: names,
                        hero: heroSeat.flatMap { seats.firstIndex(of: $0) }, buttonSeatNumber: buttonSeat + 1,
                        blinds: blinds)
    }
}
