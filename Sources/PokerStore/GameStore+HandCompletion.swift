import Foundation
import GRDB
import HandHistory
import PokerEngine

/// One pot of a finished hand as stored in `hand.pots_json` (seats, not positions).
struct StoredPot: Codable, Hashable {
    var pot: Int
    var amount: Int
    var eligible: [Int]
    var winners: [Int]
    var shares: [Int]
    /// Winning hand category (`two_pair`…), nil when everybody else folded.
    var hand: String?
}

extension GameStore {
    /// Completes a hand row: full events, board, pots and winners, finishing stacks and PHH. The
    /// PHH carries the seat layout: `seats` (1-based seat of each player), `seat_count` and
    /// `_button_seat` (the button's seat, an empty one under the dead-button rule). `phh` replaces
    /// the generated text (imported hands keep their own unit and origin).
    static func completeHand(_ db: Database, game: GameID, handID: HandID, hand: Hand, seats: [Int], names: [String],
                             number: Int, level: Int, seatCount: Int, button: Int, time: String, phh: String? = nil) throws {
        guard let finishing = hand.finishingStacks else { return }
        var pots: [StoredPot] = []
        var showdown = false
        for event in hand.events {
            switch event {
            case let .potAwarded(pot, amount, eligible, winners, shares, rank):
                pots.append(StoredPot(pot: pot, amount: amount.rawValue, eligible: eligible.map { seats[$0] },
                                      winners: winners.map { seats[$0] }, shares: shares.map(\.rawValue),
                                      hand: rank?.category.jsonName))
            case .showed, .mucked:
                showdown = true
            default:
                break
            }
        }
        let record = PHHWriter.phhHand(from: hand, players: names, extraFields: [
            (key: "event", toml: PHHWriter.quote("PokerFace game \(game)")),
            (key: "hand", toml: String(number)),
            (key: "level", toml: String(level + 1)),
            (key: "seats", toml: "[" + seats.map { String($0 + 1) }.joined(separator: ", ") + "]"),
            (key: "seat_count", toml: String(seatCount)),
            (key: "_button_seat", toml: String(button + 1)),
        ])
        try db.cachedStatement(sql: """
            UPDATE hand SET status = 'complete', ended_at = ?, events_json = ?, board = ?, total_pot = ?, showdown = ?,
                            pots_json = ?, finishing_stacks_json = ?, phh = ?
            WHERE id = ?
            """).execute(arguments: [time, try StoreCoding.json(hand.events), StoreCoding.cards(hand.board),
                                     pots.reduce(0) { $0 + $1.amount }, showdown, try StoreCoding.json(pots),
                                     try StoreCoding.json(finishing), phh ?? PHHWriter.text(record), handID.rawValue])
    }

    /// Writes the results of busts and of the tournament's end; the winner also finishes the game.
    static func record(_ db: Database, game: GameID, matchEvents: [MatchEvent], match: Match, setup: GameSetup,
                       time: String) throws {
        let number = match.handsPlayed
        for event in matchEvents {
            let seat: Int, place: Int, eliminated: Bool
            switch event {
            case let .busted(s, p): (seat, place, eliminated) = (s, p, true)
            case let .won(s): (seat, place, eliminated) = (s, 1, false)
            case .handStarted, .levelUp: continue
            }
            let entry = seat < setup.seats.count ? setup.seats[seat] : SeatSetup(name: "Seat \(seat + 1)", kind: .offline)
            try db.execute(sql: """
                INSERT INTO tournament_result (game_id, seat, name, is_human, place, hands_played, eliminated_at_hand,
                                               eliminated_by_seat)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [game.rawValue, seat, entry.name, entry.kind == .human, place, number,
                                 eliminated ? number : nil, eliminated ? eliminator(of: seat, in: match) : nil])
            if !eliminated {
                try db.execute(sql: """
                    UPDATE game SET status = 'finished', winner_seat = ?, ended_at = ?, updated_at = ? WHERE id = ?
                    """, arguments: [seat, time, time, game.rawValue])
            }
        }
    }

    /// The seat that won the last pot `seat` could win in the current hand (first winner on a split).
    static func eliminator(of seat: Int, in match: Match) -> Int? {
        guard let hand = match.hand, let p = match.position(ofSeat: seat) else { return nil }
        var winner: Int?
        for case let .potAwarded(_, _, eligible, winners, _, _) in hand.events where eligible.contains(p) {
            if let w = winners.first(where: { $0 != p }) { winner = match.handSeats[w] }
        }
        return winner
    }
}
