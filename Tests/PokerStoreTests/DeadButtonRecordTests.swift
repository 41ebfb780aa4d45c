import Foundation
import PokerEngine
import Testing
@testable import PokerStore

/// A 6-player tournament recorded to its end: every stored hand's button and blinds follow the
/// dead-button rule, read back from the hand rows alone (seats dealt in, button seat, forced bets).
@Suite struct DeadButtonRecordTests {
    static let seed: UInt64 = 21

    /// Who posted what in one stored hand, in physical seats.
    struct Placement {
        var dealtIn: [Int]
        var button: Int
        var smallBlind: Int?
        var bigBlind: Int

        init(_ hand: StoredHand) throws {
            dealtIn = hand.seats.sorted()
            button = hand.buttonSeat
            smallBlind = hand.config.smallBlindPosition.map { hand.seats[$0] }
            bigBlind = hand.seats[try #require(hand.config.bigBlindPosition)]
            // The posts in the event log agree with the configuration.
            var posted: [Int: Chips] = [:]
            for case let .blindPosted(p, amount) in hand.events { posted[hand.seats[p]] = amount }
            #expect(Set(posted.keys) == Set([smallBlind, bigBlind].compactMap { $0 }), "hand \(hand.number)")
        }

        func next(after seat: Int) -> Int { dealtIn.first { $0 > seat } ?? dealtIn[0] }
    }

    /// The seeded 6-player tournament played to its end and recorded in a new store in `dir`.
    static func recordedTournament(in dir: TempDir) async throws -> (store: GameStore, game: GameID, match: Match) {
        let store = try GameStore(path: dir.path())
        let config = Play.config(seats: 6, stack: 600, seed: seed)
        var match = try Match(config)
        let game = try await store.createGame(setup: Play.setup(config), match: match)
        while try await Play.step(&match, store: store, game: game, seed: seed) {}
        return (store, game, match)
    }

    @Test func everyHandOfASeededTournamentPlacesTheButtonAndBlindsByTheDeadButtonRule() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let (store, game, match) = try await Self.recordedTournament(in: dir)
        #expect(match.isOver)
        var placements: [Placement] = []
        for summary in try await store.hands(game: game) {
            placements.append(try Placement(try await store.hand(summary.id)))
        }
        #expect(placements.count == match.handsPlayed)
        var deadButtons = 0, deadSmallBlinds = 0, headsUp = 0
        // The seat due for the small blind in the previous hand (posted or dead).
        var dueSmallBlind = try #require(placements.first?.smallBlind)
        for (k, (before, now)) in zip(placements, placements.dropFirst()).enumerated() {
            let hand = k + 2
            #expect(now.bigBlind == now.next(after: before.bigBlind),
                    "hand \(hand): the big blind goes to the next player after the last big blind")
            #expect(now.bigBlind != before.bigBlind, "hand \(hand): nobody posts the big blind twice in a row")
            if now.dealtIn.count == 2 {
                headsUp += 1
                #expect(now.smallBlind == now.button, "hand \(hand): heads-up the button posts the small blind")
                dueSmallBlind = now.button
                continue
            }
            let smallBlindPlayer = now.dealtIn.contains(before.bigBlind) ? before.bigBlind : nil
            #expect(now.smallBlind == smallBlindPlayer, "hand \(hand): only the last big blind posts the small blind")
            #expect(now.button == dueSmallBlind, "hand \(hand): the button is where the small blind was")
            if smallBlindPlayer == nil { deadSmallBlinds += 1 }
            if !now.dealtIn.contains(now.button) { deadButtons += 1 }
            dueSmallBlind = before.bigBlind
        }
        #expect(deadButtons > 0 && deadSmallBlinds > 0 && headsUp > 0,
                "the seeded game shows each case: \(deadButtons) dead buttons, \(deadSmallBlinds) dead small blinds, \(headsUp) heads-up hands")
    }

    @Test func exportsCarryTheSeatLayout() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let (store, game, _) = try await Self.recordedTournament(in: dir)
        var checkedDeadButton = false
        for summary in try await store.hands(game: game) {
            let hand = try await store.hand(summary.id)
            let phh = try #require(hand.phh)
            #expect(phh.contains("_button_seat = \(hand.buttonSeat + 1)\n"))
            #expect(phh.contains("seats = [" + hand.seats.map { String($0 + 1) }.joined(separator: ", ") + "]"))
            let text = try await store.pokerStarsText(hand: hand.id, heroSeat: nil)
            #expect(text.contains("Seat #\(hand.buttonSeat + 1) is the button"))
            #expect(text.contains("(\(hand.blinds.smallBlind)/\(hand.blinds.bigBlind))"))
            if !hand.seats.contains(hand.buttonSeat) {
                checkedDeadButton = true
                #expect(!text.contains("(button)"), "a dead button is nobody's")
            }
            if hand.config.smallBlindPosition == nil {
                #expect(!text.contains("posts small blind"))
                #expect(text.contains("posts big blind"))
            }
        }
        #expect(checkedDeadButton)
    }
}
