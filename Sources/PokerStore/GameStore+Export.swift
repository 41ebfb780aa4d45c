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
    /// `Dealt to` line (default: the game's human seat; none in an all-AI game). Tournament and
    /// hand numbers are derived from the game (see ``StoredHand/pokerStarsTable(heroSeat:tournament:finishes:buyIn:)``).
    /// Hands imported from PokerStars are given back as the site wrote them.
    public nonisolated func pokerStarsText(game: GameID, heroSeat: Int?? = nil, buyIn: String = "Freeroll")
        async throws(StoreError) -> String
    {
        let saved = try await loadGame(game)
        let hero: Int? = if let heroSeat { heroSeat } else { saved.setup.humanSeat }
        let tournament = StoredHand.tournamentNumber(seed: saved.match.config.seed, createdAt: saved.createdAt)
        let results = try await results(game: game)
        var texts: [String] = []
        for stored in try await completeHands(game: game) {
            if let original = try await originalText(stored) {
                texts.append(original)
            } else {
                let table = stored.pokerStarsTable(heroSeat: hero, tournament: tournament, finishes: results, buyIn: buyIn)
                texts.append(PokerStarsWriter.text(try replayed(stored), table: table))
            }
        }
        // Two blank lines between hands, as `PokerStarsWriter` separates them.
        return texts.joined(separator: "\n\n")
    }

    /// One stored hand as PokerStars text (an imported hand as the site wrote it).
    public nonisolated func pokerStarsText(hand id: HandID, heroSeat: Int?, buyIn: String = "Freeroll")
        async throws(StoreError) -> String
    {
        let stored = try await hand(id)
        if let original = try await originalText(stored) { return original }
        let saved = try await loadGame(stored.game)
        let tournament = StoredHand.tournamentNumber(seed: saved.match.config.seed, createdAt: saved.createdAt)
        let table = stored.pokerStarsTable(heroSeat: heroSeat, tournament: tournament,
                                           finishes: try await results(game: stored.game), buyIn: buyIn)
        return PokerStarsWriter.text(try replayed(stored), table: table)
    }

    /// A hand imported from PokerStars as its original text (its own unit, currency, names and
    /// hero); nil for a hand played here, which is written as our tournament history.
    nonisolated func originalText(_ stored: StoredHand) async throws(StoreError) -> String? {
        guard stored.origin?.site == "PokerStars" else { return nil }
        return try await importedText(hand: stored.id)
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
    /// The PokerStars header facts of this hand. `Hand #` is the tournament number × 10,000 + the
    /// hand's number, so it is stable (the same on every export) and unique across games and
    /// databases, unlike a row id. `finishes` are the game's results; those busted in this hand
    /// get their `finished the tournament` line.
    public func pokerStarsTable(heroSeat: Int?, tournament: Int64, finishes: [TournamentResult] = [],
                                buyIn: String = "Freeroll") -> PokerStarsTable {
        var table = PokerStarsTable(handNumber: tournament * 10_000 + Int64(number), tournamentNumber: tournament, buyIn: buyIn,
                                    level: level + 1, startedAt: startedAt, tableSize: seatCount,
                                    seatNumbers: seats.map { $0 + 1 }, names: names,
                                    hero: heroSeat.flatMap { seats.firstIndex(of: $0) }, buttonSeatNumber: buttonSeat + 1,
                                    blinds: blinds)
        for result in finishes where result.eliminatedAtHand == number {
            if let p = seats.firstIndex(of: result.seat) { table.finishes[p] = result.place }
        }
        return table
    }

    /// A nine-digit tournament number from the game's seed and creation time (SplitMix64), stable
    /// for the game and practically unique across databases.
    public static func tournamentNumber(seed: UInt64, createdAt: Date) -> Int64 {
        var z = seed &+ UInt64(bitPattern: Int64((createdAt.timeIntervalSince1970 * 1000).rounded())) &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return 100_000_000 + Int64(z % 900_000_000)
    }
}
