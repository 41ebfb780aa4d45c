import Foundation

/// A tournament claimed by one worker. `attempt` is its fencing token: writes under an older
/// attempt are refused once another worker has taken the tournament over.
public struct TournamentClaim: Sendable, Hashable {
    public let row: Int64
    public let key: TournamentKey
    public let attempt: Int
    public let worker: String
    /// The game after its last mirrored hand, when an earlier worker got that far.
    public let checkpointJSON: String?
    public let handsPlayed: Int
}

/// What one finished hand adds to the shared store.
struct HandMirror: Sendable {
    struct Verdict: Sendable { var seat: Int; var verdict: String; var evLostBB: Double? }
    struct Capture: Sendable { var seat: Int; var answered, validJSON, corrected, fallback: Bool; var latencyMs: Int? }
    struct Call: Sendable { var seat: Int?; var provider, model: String; var ok: Bool; var latencyMs, tokens: Int; var costUSD: Double }

    var number: Int
    var bigBlind: Int
    var seatsJSON: String
    var startingJSON: String
    var finishingJSON: String
    var verdicts: [Verdict]
    var captures: [Capture]
    var calls: [Call]
    var checkpointJSON: String
    /// The tournament is over (one player has every chip, or the hand cap was reached).
    var finished: Bool
}

extension PostgresStore {
    /// Claims the next pending tournament, or one whose worker's heartbeat is older than
    /// `staleAfter` seconds (its worker died), skipping rows other workers are claiming right now.
    func claim(experiment: Int64, worker: String, staleAfter: Double) async throws(PostgresError) -> TournamentClaim? {
        let rows = try await connection.execute("""
            UPDATE pf_tournament t
            SET status = 'running', worker = $2, attempt = t.attempt + 1, claimed_at = now(), heartbeat_at = now()
            FROM (SELECT id FROM pf_tournament
                  WHERE experiment_id = $1
                    AND (status = 'pending'
                         OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => $3::double precision)))
                  ORDER BY tournament_index, variant_index
                  LIMIT 1
                  FOR UPDATE SKIP LOCKED) next
            WHERE t.id = next.id
            RETURNING t.id, t.variant_index, t.tournament_index, t.attempt, t.checkpoint_json, t.hands_played
            """, [String(experiment), worker, String(staleAfter)])
        guard rows.count == 1 else { return nil }
        return TournamentClaim(
            row: try Self.int64(rows.value(0, "id"), "id"),
            key: TournamentKey(variant: Int(try Self.int64(rows.value(0, "variant_index"), "variant_index")),
                               tournament: Int(try Self.int64(rows.value(0, "tournament_index"), "tournament_index"))),
            attempt: Int(try Self.int64(rows.value(0, "attempt"), "attempt")), worker: worker,
            checkpointJSON: rows.value(0, "checkpoint_json"),
            handsPlayed: Int(try Self.int64(rows.value(0, "hands_played"), "hands_played")))
    }

    /// Renews every claim of `worker`.
    func heartbeat(worker: String) async throws(PostgresError) {
        try await connection.execute("UPDATE pf_tournament SET heartbeat_at = now() WHERE worker = $1 AND status = 'running'", [worker])
    }

    /// Tournaments of the experiment not finished yet.
    func openTournaments(_ experiment: Int64) async throws(PostgresError) -> Int {
        let rows = try await connection.execute("SELECT count(*) AS n FROM pf_tournament WHERE experiment_id = $1 AND status <> 'finished'",
                                                [String(experiment)])
        return Int(try Self.int64(rows.value(0, "n"), "count"))
    }

    /// All workers' progress: finished tournaments, mirrored hands, and hands still possible (the cap
    /// for every unfinished tournament).
    func progress(_ experiment: Int64, handCap: Int) async throws(PostgresError) -> (finished: Int, hands: Int, handsTotal: Int) {
        let rows = try await connection.execute("""
            SELECT count(*) FILTER (WHERE status = 'finished') AS finished, coalesce(sum(hands_played), 0) AS hands,
                   coalesce(sum(CASE WHEN status = 'finished' THEN hands_played ELSE $2::integer END), 0) AS total
            FROM pf_tournament WHERE experiment_id = $1
            """, [String(experiment), String(handCap)])
        return (Int(try Self.int64(rows.value(0, "finished"), "finished")), Int(try Self.int64(rows.value(0, "hands"), "hands")),
                Int(try Self.int64(rows.value(0, "total"), "total")))
    }

    /// USD spent by every worker's mirrored hands.
    func cost(_ experiment: Int64) async throws(PostgresError) -> Double {
        let rows = try await connection.execute("""
            SELECT coalesce(sum(u.cost_usd), 0) AS cost FROM pf_usage u JOIN pf_tournament t ON t.id = u.tournament_id
            WHERE t.experiment_id = $1
            """, [String(experiment)])
        return Double(rows.value(0, "cost") ?? "0") ?? 0
    }

    /// Gives a claim back (the worker stops): another worker continues from its checkpoint.
    func release(_ claim: TournamentClaim) async throws(PostgresError) {
        try await connection.execute("""
            UPDATE pf_tournament SET status = 'pending', worker = NULL
            WHERE id = $1 AND worker = $2 AND attempt = $3 AND status = 'running'
            """, [String(claim.row), claim.worker, String(claim.attempt)])
    }

    /// Marks a claimed tournament finished without a new hand (its checkpoint was already final).
    func finish(_ claim: TournamentClaim) async throws(PostgresError) {
        try await connection.execute("""
            UPDATE pf_tournament SET status = 'finished', finished_at = now()
            WHERE id = $1 AND worker = $2 AND attempt = $3 AND status = 'running'
            """, [String(claim.row), claim.worker, String(claim.attempt)])
    }

    /// Writes one finished hand and the tournament's new checkpoint in one transaction, fenced by
    /// the claim; returns the experiment's total cost so far.
    func mirror(_ hand: HandMirror, claim: TournamentClaim, experiment: Int64) async throws(PostgresError) -> Double {
        try await connection.transaction { session throws(PostgresError) -> Double in
            let owner = try session.execute("SELECT worker, attempt, status FROM pf_tournament WHERE id = $1 FOR UPDATE",
                                            [String(claim.row)])
            guard owner.value(0, "worker") == claim.worker, owner.value(0, "attempt") == String(claim.attempt),
                  owner.value(0, "status") == "running"
            else { throw PostgresError.lostClaim(tournament: claim.row) }
            let t = String(claim.row), n = String(hand.number)
            try session.execute("""
                INSERT INTO pf_hand (tournament_id, number, big_blind, seats_json, starting_json, finishing_json, worker, attempt)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                """, [t, n, String(hand.bigBlind), hand.seatsJSON, hand.startingJSON, hand.finishingJSON, claim.worker,
                      String(claim.attempt)])
            for v in hand.verdicts {
                try session.execute("INSERT INTO pf_verdict (tournament_id, hand_number, seat, verdict, ev_lost_bb) VALUES ($1, $2, $3, $4, $5)",
                                    [t, n, String(v.seat), v.verdict, v.evLostBB.map { String($0) }])
            }
            for c in hand.captures {
                try session.execute("""
                    INSERT INTO pf_capture (tournament_id, hand_number, seat, answered, valid_json, corrected, fallback, latency_ms)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                    """, [t, n, String(c.seat), String(c.answered), String(c.validJSON), String(c.corrected), String(c.fallback),
                          c.latencyMs.map { String($0) }])
            }
            for u in hand.calls {
                try session.execute("""
                    INSERT INTO pf_usage (tournament_id, hand_number, seat, provider, model, ok, latency_ms, tokens, cost_usd)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                    """, [t, n, u.seat.map { String($0) }, u.provider, u.model, String(u.ok), String(u.latencyMs), String(u.tokens),
                          String(u.costUSD)])
            }
            try session.execute("""
                UPDATE pf_tournament
                SET hands_played = $2, checkpoint_json = $3, heartbeat_at = now(),
                    status = CASE WHEN $4::boolean THEN 'finished' ELSE status END,
                    finished_at = CASE WHEN $4::boolean THEN now() ELSE NULL END
                WHERE id = $1
                """, [t, n, hand.checkpointJSON, String(hand.finished)])
            let cost = try session.execute("""
                SELECT coalesce(sum(u.cost_usd), 0) AS cost FROM pf_usage u JOIN pf_tournament t ON t.id = u.tournament_id
                WHERE t.experiment_id = $1
                """, [String(experiment)])
            return Double(cost.value(0, "cost") ?? "0") ?? 0
        }
    }
}
