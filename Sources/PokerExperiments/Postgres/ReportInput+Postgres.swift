import Foundation

extension ReportInput {
    /// Reads experiment `id` from the shared PostgreSQL store (mirrored hands only).
    public static func load(_ id: Int64, from store: PostgresStore) async throws(ExperimentError) -> ReportInput {
        let spec = try await store.spec(id)
        do {
            let status = try await store.connection.execute("SELECT status FROM pf_experiment WHERE id = $1", [String(id)])
            var input = ReportInput(experimentID: id, status: status.value(0, "status") ?? "unknown", source: store.displayURL, spec: spec)
            let games = try await store.connection.execute("""
                SELECT id, variant_index, tournament_index, status, hands_played FROM pf_tournament WHERE experiment_id = $1
                """, [String(id)])
            var keys: [Int64: TournamentKey] = [:]
            for i in 0..<games.count {
                let key = TournamentKey(variant: Int(try PostgresStore.int64(games.value(i, "variant_index"), "variant_index")),
                                        tournament: Int(try PostgresStore.int64(games.value(i, "tournament_index"), "tournament_index")))
                keys[try PostgresStore.int64(games.value(i, "id"), "id")] = key
                input.games.append(Game(key: key, complete: games.value(i, "status") == "finished",
                                        hands: Int(try PostgresStore.int64(games.value(i, "hands_played"), "hands_played"))))
            }
            let scope = "tournament_id IN (SELECT id FROM pf_tournament WHERE experiment_id = $1)"
            let hands = try await store.connection.execute(
                "SELECT tournament_id, number, big_blind, seats_json, starting_json, finishing_json FROM pf_hand WHERE \(scope) ORDER BY tournament_id, number",
                [String(id)])
            for i in 0..<hands.count {
                guard let key = keys[try PostgresStore.int64(hands.value(i, "tournament_id"), "tournament_id")] else { continue }
                let decode = { (column: String) throws -> [Int] in
                    try JSONDecoder().decode([Int].self, from: Data((hands.value(i, column) ?? "[]").utf8))
                }
                let record = ExperimentHandRecordValues(number: Int(try PostgresStore.int64(hands.value(i, "number"), "number")),
                                                        bigBlind: Int(try PostgresStore.int64(hands.value(i, "big_blind"), "big_blind")),
                                                        seats: try decode("seats_json"), starting: try decode("starting_json"),
                                                        finishing: try decode("finishing_json"))
                input.hands.append(record.hand(key: key, spec: spec))
            }
            let verdicts = try await store.connection.execute("SELECT tournament_id, seat, verdict, ev_lost_bb FROM pf_verdict WHERE \(scope) ORDER BY id",
                                                              [String(id)])
            for i in 0..<verdicts.count {
                guard let key = keys[try PostgresStore.int64(verdicts.value(i, "tournament_id"), "tournament_id")] else { continue }
                let seat = Int(try PostgresStore.int64(verdicts.value(i, "seat"), "seat"))
                input.verdicts.append(Verdict(key: key, entrant: spec.entrant(atSeat: seat, tournament: key.tournament),
                                              verdict: verdicts.value(i, "verdict") ?? "unknown",
                                              evLostBB: verdicts.value(i, "ev_lost_bb").flatMap(Double.init)))
            }
            let captures = try await store.connection.execute("""
                SELECT tournament_id, seat, answered, valid_json, corrected, fallback, latency_ms FROM pf_capture WHERE \(scope) ORDER BY id
                """, [String(id)])
            for i in 0..<captures.count {
                guard let key = keys[try PostgresStore.int64(captures.value(i, "tournament_id"), "tournament_id")] else { continue }
                let seat = Int(try PostgresStore.int64(captures.value(i, "seat"), "seat"))
                input.captures.append(Capture(key: key, entrant: spec.entrant(atSeat: seat, tournament: key.tournament),
                                              answered: captures.value(i, "answered") == "t", validJSON: captures.value(i, "valid_json") == "t",
                                              corrected: captures.value(i, "corrected") == "t", fallback: captures.value(i, "fallback") == "t",
                                              latencyMs: captures.value(i, "latency_ms").flatMap { Int($0) }))
            }
            let calls = try await store.connection.execute("""
                SELECT tournament_id, seat, ok, latency_ms, tokens, cost_usd FROM pf_usage WHERE \(scope) ORDER BY id
                """, [String(id)])
            for i in 0..<calls.count {
                guard let key = keys[try PostgresStore.int64(calls.value(i, "tournament_id"), "tournament_id")] else { continue }
                input.calls.append(Call(key: key,
                                        entrant: calls.value(i, "seat").flatMap { Int($0) }.map { spec.entrant(atSeat: $0, tournament: key.tournament) },
                                        ok: calls.value(i, "ok") == "t", latencyMs: calls.value(i, "latency_ms").flatMap { Int($0) } ?? 0,
                                        tokens: calls.value(i, "tokens").flatMap { Int($0) } ?? 0,
                                        costUSD: calls.value(i, "cost_usd").flatMap { Double($0) } ?? 0))
            }
            return input
        } catch let error as PostgresError {
            throw .postgres(error)
        } catch {
            throw .damagedConfig(experiment: id, reason: "\(error)")
        }
    }
}

/// A mirrored hand's columns, decoded.
struct ExperimentHandRecordValues {
    let number: Int
    let bigBlind: Int
    let seats: [Int]
    let starting: [Int]
    let finishing: [Int]

    func hand(key: TournamentKey, spec: ExperimentSpec) -> ReportInput.Hand {
        var net = [Int?](repeating: nil, count: spec.seats.count)
        for (position, seat) in seats.enumerated() where position < starting.count && position < finishing.count {
            let entrant = spec.entrant(atSeat: seat, tournament: key.tournament)
            if net.indices.contains(entrant) { net[entrant] = finishing[position] - starting[position] }
        }
        return ReportInput.Hand(key: key, number: number, bigBlind: bigBlind, net: net)
    }
}
