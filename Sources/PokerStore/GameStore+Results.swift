import GRDB
import PokerEngine

extension GameStore {
    /// Finishing places recorded so far in a game, best place first.
    public nonisolated func results(game: GameID) async throws(StoreError) -> [TournamentResult] {
        let path = self.path
        return try await read { db in
            _ = try GameRowState.fetch(db, id: game, path: path)
            return try Row.fetchAll(db, sql: "SELECT * FROM tournament_result WHERE game_id = ? ORDER BY place, seat",
                                    arguments: [game.rawValue]).map { row in
                try decoding("tournament_result", row, path: path) {
                    TournamentResult(game: game, seat: try row.int("seat"),
                                     name: try row.string("name"), isHuman: try row.bool("is_human"),
                                     place: try row.int("place"),
                                     handsPlayed: try row.int("hands_played"),
                                     eliminatedAtHand: try row.optionalInt("eliminated_at_hand"),
                                     eliminatedBySeat: try row.optionalInt("eliminated_by_seat"))
                }
            }
        }
    }

    /// The human's career over every finished game with a human seat, derived from
    /// `tournament_result` and `hand` by one query each (no cached table to drift).
    public nonisolated func careerStats() async throws(StoreError) -> CareerStats {
        try await read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*) AS games, coalesce(sum(r.place = 1), 0) AS won, min(r.place) AS best,
                       max(r.place) AS worst, avg(r.place) AS average, coalesce(sum(r.hands_played), 0) AS hands
                FROM tournament_result r JOIN game g ON g.id = r.game_id
                WHERE r.is_human = 1 AND g.status = 'finished'
                """)
            let eliminations = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM tournament_result r JOIN game g ON g.id = r.game_id
                WHERE g.status = 'finished' AND g.human_seat IS NOT NULL AND r.eliminated_by_seat = g.human_seat
                """) ?? 0
            let biggest = try Int.fetchOne(db, sql: """
                SELECT max(json_extract(p.value, '$.amount'))
                FROM hand h JOIN game g ON g.id = h.game_id, json_each(h.pots_json) p, json_each(p.value, '$.winners') w
                WHERE g.status = 'finished' AND g.human_seat IS NOT NULL AND w.value = g.human_seat
                """) ?? 0
            return CareerStats(gamesPlayed: row?["games"] ?? 0, gamesWon: row?["won"] ?? 0, bestPlace: row?["best"],
                               worstPlace: row?["worst"], averagePlace: row?["average"],
                               eliminations: eliminations, handsPlayed: row?["hands"] ?? 0,
                               biggestPotWon: Chips(biggest))
        }
    }
}
