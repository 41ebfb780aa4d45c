import Foundation
import GRDB
import PokerEngine

extension GameStore {
    /// Records a newly dealt hand (call right after `match.startNextHand()`), in one transaction
    /// with the match snapshot: the hand row (level, button, blinds, seats, names, the whole deck,
    /// starting stacks and the opening events) and the results of `matchEvents`. A hand that
    /// ends while being dealt (everyone all-in from the blinds) is completed at once.
    @discardableResult
    public func recordHandStarted(game: GameID, match: Match, matchEvents: [MatchEvent] = [],
                                  aiState: [AISeatState] = [], messages: [StoredMessage] = []) async throws(StoreError) -> HandID {
        let path = self.path
        guard let hand = match.hand else {
            throw .snapshotMismatch(path: path, game: game, reason: "the match has not dealt a hand")
        }
        for state in aiState { try StoreCoding.requireJSON(state, path: path) }
        let snapshot = try encodeSnapshot(match, game: game)
        let start: HandStart
        do { start = try HandStart(match: match, hand: hand) } catch {
            throw .invalidValue(path: path, reason: "cannot encode hand \(match.handsPlayed): \(error)")
        }
        let time = StoreCoding.time(now())
        let identity = Self.identity(match)
        return try await write { db in
            let state = try GameRowState.fetch(db, id: game, path: path)
            try state.requireRunning(identity, path: path)
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM hand WHERE game_id = ? AND number = ?",
                                 arguments: [game.rawValue, start.number]) == true {
                throw StoreError.handAlreadyRecorded(path: path, game: game, hand: start.number)
            }
            guard state.handsPlayed == start.number - 1 else {
                throw StoreError.snapshotMismatch(path: path, game: game, reason:
                    "the store holds \(state.handsPlayed) hands but the match deals hand \(start.number)")
            }
            if let running = try Int.fetchOne(db, sql: "SELECT number FROM hand WHERE game_id = ? AND status = 'running'",
                                              arguments: [game.rawValue]) {
                throw StoreError.snapshotMismatch(path: path, game: game, reason: "hand \(running) was never completed")
            }
            let setup = try Self.setup(db, id: game, path: path)
            let names = start.seats.map { $0 < setup.seats.count ? setup.seats[$0].name : "Seat \($0 + 1)" }
            try db.execute(sql: """
                INSERT INTO hand (game_id, number, status, started_at, level, button_seat, small_blind, big_blind, ante,
                                  seats_json, players_json, config_json, deck, starting_stacks_json, events_json)
                VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [game.rawValue, start.number, time, start.level, start.button,
                                 start.blinds.smallBlind.rawValue, start.blinds.bigBlind.rawValue,
                                 start.blinds.ante.rawValue, start.seatsJSON, try StoreCoding.json(names),
                                 start.configJSON, start.deck, start.stacksJSON, start.eventsJSON])
            let handID = HandID(db.lastInsertedRowID)
            if hand.isComplete {
                try Self.completeHand(db, game: game, handID: handID, hand: hand, seats: start.seats, names: names,
                                      number: start.number, level: start.level, seatCount: match.config.seatCount,
                                      button: start.button, time: time)
            }
            try Self.saveSnapshot(db, game: game, snapshot: snapshot, handsPlayed: start.number, time: time)
            try Self.record(db, game: game, matchEvents: matchEvents, match: match, setup: setup, time: time)
            for seat in aiState { try Self.upsert(db, game: game, state: seat, time: time) }
            try Self.insert(db, game: game, messages: messages, currentHand: start.number)
            return handID
        }
    }

    /// Records one decision and everything it caused, in **one transaction**: the action row(s)
    /// for the decisions among `newEvents` (as returned by `Match.apply`), the match snapshot,
    /// and — when the hand just ended — the completed hand row (events, board, pots and
    /// winners, finishing stacks, PHH) and the busts, places and winner from `matchEvents`.
    /// Also saves `aiState`, appends `messages` and stores the decision's LLM `capture`, the `usage`
    /// rows of its calls and its `verdict` (the analysis, linked to the capture, and the capture's
    /// labels), so an action never exists without its verdict and capture, nor a verdict, capture
    /// or usage row without its action. After it commits the game resumes exactly here.
    public func recordAction(game: GameID, match: Match, newEvents: ArraySlice<HandEvent>, matchEvents: [MatchEvent] = [],
                             aiState: [AISeatState] = [], messages: [StoredMessage] = [],
                             verdict: RecordedVerdict? = nil, capture: CaptureRow? = nil,
                             usage: [UsageRow] = []) async throws(StoreError) {
        let path = self.path
        guard let hand = match.hand else {
            throw .snapshotMismatch(path: path, game: game, reason: "the match has not dealt a hand")
        }
        let count = newEvents.count
        guard count <= hand.events.count, hand.events.suffix(count).elementsEqual(newEvents) else {
            throw .snapshotMismatch(path: path, game: game, reason: "the new events are not the end of the hand's log")
        }
        let range = (hand.events.count - count)..<hand.events.count
        let rows = ActionRow.rows(events: hand.events, range: range, startingStacks: hand.config.startingStacks,
                                  seats: match.handSeats)
        for state in aiState { try StoreCoding.requireJSON(state, path: path) }
        if let verdict { try StoreCoding.requireJSON(verdict.analysis.psychologyJSON, "the psychology snapshot", path: path) }
        if let capture { try Self.requireJSON(capture, path: path) }
        let snapshot = try encodeSnapshot(match, game: game)
        let number = match.handsPlayed
        let time = StoreCoding.time(now())
        let identity = Self.identity(match)
        try await write { db in
            let state = try GameRowState.fetch(db, id: game, path: path)
            try state.requireRunning(identity, path: path)
            guard let row = try Row.fetchOne(db, sql: """
                SELECT id, status, level, players_json FROM hand WHERE game_id = ? AND number = ?
                """, arguments: [game.rawValue, number])
            else { throw StoreError.handNotStarted(path: path, game: game, hand: number) }
            let handID = HandID(try row.int64("id"))
            guard try row.decode(String.self, forColumn: "status") == "running" else {
                throw StoreError.handAlreadyRecorded(path: path, game: game, hand: number)
            }
            let stored = try Int.fetchOne(db, sql: "SELECT count(*) FROM action WHERE hand_id = ?",
                                          arguments: [handID.rawValue]) ?? 0
            if let first = rows.first, first.seq != stored {
                throw StoreError.snapshotMismatch(path: path, game: game, reason:
                    "the store holds \(stored) decisions of hand \(number) but the new events start at decision \(first.seq + 1)")
            }
            try Self.insert(db, actions: rows, handID: handID, time: time)
            if hand.isComplete {
                let names = try decoding("hand", row, path: path) {
                    try StoreCoding.decode([String].self, from: try row.string("players_json"))
                }
                try Self.completeHand(db, game: game, handID: handID, hand: hand, seats: match.handSeats, names: names,
                                      number: number, level: try row.int("level"),
                                      seatCount: match.config.seatCount, button: match.button, time: time)
            }
            try Self.saveSnapshot(db, game: game, snapshot: snapshot, handsPlayed: number, time: time)
            if !matchEvents.isEmpty {
                let setup = try Self.setup(db, id: game, path: path)
                try Self.record(db, game: game, matchEvents: matchEvents, match: match, setup: setup, time: time)
            }
            for seat in aiState { try Self.upsert(db, game: game, state: seat, time: time) }
            try Self.insert(db, game: game, messages: messages, currentHand: number)
            let captureID = try capture.map { capture throws in try Self.insert(db, capture: capture, path: path) }
            for row in usage { try Self.insert(db, usage: row) }
            if var verdict {
                if verdict.analysis.capture == nil { verdict.analysis.capture = captureID }
                try Self.insert(db, verdict: verdict, path: path, time: time)
            }
        }
    }

    // MARK: - Pieces of the transactions

    func encodeSnapshot(_ match: Match, game: GameID) throws(StoreError) -> String {
        do { return try StoreCoding.json(match) } catch {
            throw .invalidValue(path: path, reason: "cannot encode the match of game \(game): \(error)")
        }
    }

    static func identity(_ match: Match) -> MatchIdentity {
        MatchIdentity(seed: StoreCoding.seed(match.config.seed), seatCount: match.config.seatCount)
    }

    static func saveSnapshot(_ db: Database, game: GameID, snapshot: String, handsPlayed: Int, time: String) throws {
        try db.cachedStatement(sql: "UPDATE game SET match_json = ?, hands_played = ?, updated_at = ? WHERE id = ?")
            .execute(arguments: [snapshot, handsPlayed, time, game.rawValue])
    }

    static func insert(_ db: Database, actions: [ActionRow], handID: HandID, time: String) throws {
        guard !actions.isEmpty else { return }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO action (hand_id, seq, event_index, seat, position, street, action, amount, chips_added, all_in,
                                stack_after, pot_after, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for a in actions {
            try statement.execute(arguments: [handID.rawValue, a.seq, a.eventIndex, a.seat, a.position, a.street.description,
                                              a.action, a.amount.rawValue, a.added.rawValue, a.allIn,
                                              a.stackAfter.rawValue, a.potAfter.rawValue, time])
        }
    }
}

/// The encoded facts of a newly dealt hand.
struct HandStart {
    let number: Int
    let level: Int
    let blinds: BlindLevel
    let button: Int
    let seats: [Int]
    let seatsJSON: String
    let configJSON: String
    let deck: String
    let stacksJSON: String
    let eventsJSON: String

    init(match: Match, hand: Hand) throws {
        number = match.handsPlayed
        level = match.levelIndex
        blinds = match.blinds
        button = match.button
        seats = match.handSeats
        seatsJSON = try StoreCoding.json(seats)
        configJSON = try StoreCoding.json(hand.config)
        deck = StoreCoding.cards(hand.deck.cards)
        stacksJSON = try StoreCoding.json(hand.config.startingStacks)
        eventsJSON = try StoreCoding.json(hand.events)
    }
}
