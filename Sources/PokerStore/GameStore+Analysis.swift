import Foundation
import GRDB
import PokerEngine

extension GameStore {
    /// Stores the verdict on one AI decision; returns the row id.
    @discardableResult
    public func recordAnalysis(_ analysis: AnalysisRow) async throws(StoreError) -> Int64 {
        let path = self.path
        try StoreCoding.requireJSON(analysis.psychologyJSON, "the psychology snapshot", path: path)
        return try await write { db in try Self.insert(db, analysis: analysis, path: path) }
    }

    /// Stores a verdict recorded apart from its decision (imported hands) with its capture's labels,
    /// in one transaction.
    public func recordVerdict(_ verdict: RecordedVerdict) async throws(StoreError) {
        let path = self.path
        try StoreCoding.requireJSON(verdict.analysis.psychologyJSON, "the psychology snapshot", path: path)
        let time = StoreCoding.time(now())
        try await write { db in try Self.insert(db, verdict: verdict, path: path, time: time) }
    }

    /// Inserts one verdict row inside a write transaction; returns its id.
    static func insert(_ db: Database, analysis a: AnalysisRow, path: String) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO decision_analysis (created_at, game_id, hand_number, seat, personality, street, hole_cards, board,
                                           action_taken, amount, pot, to_call, opponents, equity_vs_random,
                                           equity_vs_ranges, pot_odds, required_equity, ev_call, optimal_action, verdict,
                                           ev_lost_bb, position, hand_class, tier, stack_bb, psychology_json, capture_id,
                                           analyzer_version, labels_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                StoreCoding.time(a.createdAt), a.game?.rawValue, a.handNumber, a.seat, a.personality,
                a.street.description, StoreCoding.cards(a.holeCards), StoreCoding.cards(a.board), a.actionTaken,
                a.amount?.rawValue, a.pot?.rawValue, a.toCall?.rawValue, a.opponents, a.equityVsRandom,
                a.equityVsRanges, a.potOdds, a.requiredEquity, a.evCall, a.optimalAction, a.verdict.rawValue,
                a.evLostBB, a.position, a.handClass, a.tier, a.stackBB, a.psychologyJSON, a.capture?.rawValue,
                a.analyzerVersion, a.labels.isEmpty ? nil : try StoreCoding.json(a.labels),
            ])
        return db.lastInsertedRowID
    }

    /// The verdict on a decision and the automatic labels for its capture, inside a write transaction.
    static func insert(_ db: Database, verdict: RecordedVerdict, path: String, time: String) throws {
        _ = try insert(db, analysis: verdict.analysis, path: path)
        guard let capture = verdict.analysis.capture else { return }
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM prompt_capture WHERE id = ?", arguments: [capture.rawValue]) == true
        else { throw StoreError.captureNotFound(path: path, capture: capture) }
        for label in verdict.captureLabels {
            try db.execute(sql: """
                INSERT INTO capture_label (capture_id, label, source, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (capture_id, label) DO NOTHING
                """, arguments: [capture.rawValue, label, CaptureLabel.Source.auto.rawValue, time])
        }
    }

    /// Decision verdicts of one game (all when nil) or linked to `capture`, oldest first.
    public nonisolated func analyses(game: GameID? = nil, capture: CaptureID? = nil) async throws(StoreError) -> [AnalysisRow] {
        let path = self.path
        return try await read { db in
            var sql = "SELECT * FROM decision_analysis WHERE 1"
            var arguments: StatementArguments = []
            if let game { sql += " AND game_id = ?"; arguments += [game.rawValue] }
            if let capture { sql += " AND capture_id = ?"; arguments += [capture.rawValue] }
            return try Row.fetchAll(db, sql: sql + " ORDER BY id", arguments: arguments).map { row in
                try decoding("decision_analysis", row, path: path) { try Self.analysisRow(row) }
            }
        }
    }

    static func analysisRow(_ row: Row) throws -> AnalysisRow {
        let streetText: String = try row.decode(forColumn: "street")
        guard let street = Street.allCases.first(where: { $0.description == streetText }) else {
            throw StoreCodingError.unknownValue("street", streetText)
        }
        let verdictText: String = try row.decode(forColumn: "verdict")
        guard let verdict = AnalysisRow.Verdict(rawValue: verdictText) else {
            throw StoreCodingError.unknownValue("verdict", verdictText)
        }
        return AnalysisRow(
            id: try row.optionalInt64("id"), createdAt: try rowTime(row, "created_at"),
            game: try row.decode(Int64?.self, forColumn: "game_id").map { GameID($0) },
            handNumber: try row.optionalInt("hand_number"), seat: try row.int("seat"),
            personality: try row.string("personality"), street: street,
            holeCards: try StoreCoding.parseCards(try row.decode(String?.self, forColumn: "hole_cards") ?? ""),
            board: try StoreCoding.parseCards(try row.decode(String?.self, forColumn: "board") ?? ""),
            actionTaken: try row.string("action_taken"),
            amount: try row.decode(Int?.self, forColumn: "amount").map { Chips($0) },
            pot: try row.decode(Int?.self, forColumn: "pot").map { Chips($0) },
            toCall: try row.decode(Int?.self, forColumn: "to_call").map { Chips($0) },
            opponents: try row.optionalInt("opponents"), equityVsRandom: try row.optionalDouble("equity_vs_random"),
            equityVsRanges: try row.optionalDouble("equity_vs_ranges"), potOdds: try row.optionalDouble("pot_odds"),
            requiredEquity: try row.optionalDouble("required_equity"), evCall: try row.optionalDouble("ev_call"),
            optimalAction: try row.optionalString("optimal_action"), verdict: verdict,
            evLostBB: try row.optionalDouble("ev_lost_bb"), position: try row.optionalString("position"),
            handClass: try row.optionalString("hand_class"), tier: try row.optionalString("tier"),
            stackBB: try row.optionalDouble("stack_bb"), psychologyJSON: try row.optionalString("psychology_json"),
            capture: try row.decode(Int64?.self, forColumn: "capture_id").map { CaptureID($0) },
            analyzerVersion: try row.optionalString("analyzer_version"),
            labels: try row.optionalString("labels_json").map { try StoreCoding.decode([String].self, from: $0) } ?? [])
    }
}
