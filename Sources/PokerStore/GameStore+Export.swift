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
    /// `Dealt to` line (default: the game's human seat; none in an all-AI game). Hands imported
    /// from PokerStars are given back as the site wrote them.
    public nonisolated func pokerStarsText(game: GameID, heroSeat: Int?? = nil, buyIn: String = "$0+$0 USD")
        async throws(StoreError) -> String
    {
        let hero: Int?
        if let heroSeat { hero = heroSeat } else { hero = try await loadGame(game).setup.humanSeat }
        var texts: [String] = []
        for stored in try await completeHands(game: game) {
            texts.append(try await pokerStarsText(stored, heroSeat: hero, buyIn: buyIn))
        }
        // Two blank lines between hands, as `PokerStarsWriter` separates them.
        return texts.joined(separator: "\n\n")
    }

    /// One stored hand as PokerStars text.
    public nonisolated func pokerStarsText(hand id: HandID, heroSeat: Int?, buyIn: String = "$0+$0 USD")
        async throws(StoreError) -> String
    {
        try await pokerStarsText(try await hand(id), heroSeat: heroSeat, buyIn: buyIn)
    }

    /// A hand imported from PokerStars as its original text (its own unit, currency, names and
    /// hero); a hand played here as our tournament history.
    nonisolated func pokerStarsText(_ stored: StoredHand, heroSeat: Int?, buyIn: String) async throws(StoreError) -> String {
        if stored.origin?.site == "PokerStars", let original = try await importedText(hand: stored.id) {
            return original
        }
        return PokerStarsWriter.text(try replayed(stored), table: stored.pokerStarsTable(heroSeat: heroSeat, buyIn: buyIn))
    }

    /// The original text of an imported hand, ending in one newline; nil for hands played here.
    public nonisolated func importedText(hand id: HandID) async throws(StoreError) -> String? {
        let text = try await read { db in
            try String.fetchOne(db, sql: "SELECT original_text FROM imported_hand WHERE hand_id = ?", arguments: [id.rawValue])
        }
        guard let text else { return nil }
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
        return String(text[..<end]) + "\n"
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
