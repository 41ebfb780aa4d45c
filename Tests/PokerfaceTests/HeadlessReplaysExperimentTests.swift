import Foundation
import PokerEngine
import PokerStore
import PokerTestSupport
import Testing

/// `play --headless --seed S --seats N --opponents …` deals and plays exactly the hands of an
/// experiment game with that seed, table and seating: the real binary runs a small experiment
/// (offline bots, SQLite in a temporary folder), then replays each of its games from what
/// `games --json` shows, and every hand's deck, actions, board, result and verdicts must match.
@Suite struct HeadlessReplaysExperimentTests {
    static let hands = 6

    /// Three entrants (one with a label, so names and characters differ), one deal set in three
    /// seat rotations; blinds x1.5 every hand and antes for everyone from the fourth level, so the
    /// replay must set `play`'s structure to match (`--hands-per-level 1 --antes-from-level 3
    /// --ante-style everyone`).
    static let experiment = """
        name = "replay-check"
        tournaments = 1
        hands_per_tournament = \(hands)
        rotate_seats = true
        seed = 42
        concurrency = 1
        analyze = true

        [table]
        starting_stack = 1500
        big_blind = 20
        hands_per_level = 1
        antes_from_level = 3
        ante_style = "everyone"
        button = "dead"

        [[seats]]
        label = "Pirate"
        personality = "Blackbeard"

        [[seats]]
        personality = "merlin"

        [[seats]]
        personality = "Grandma Rosie"
        """

    static func games(_ run: CleanRun, db: String) throws -> [GameSummary] {
        let listed = try run(["games", "--json", "--db", db])
        #expect(listed.status == 0, "\(listed.text)")
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode([GameSummary].self, from: Data(listed.text.utf8))
    }

    /// What must be equal hand by hand: the deck, every event (actions, board, pots, results), the
    /// finishing stacks, the blinds and the button.
    struct HandFacts: Equatable, CustomStringConvertible {
        let number: Int, button: Int, blinds: BlindLevel, deck: Deck, events: [HandEvent], stacks: [Chips]?
        init(_ hand: StoredHand) {
            (number, button, blinds, deck, events, stacks) = (hand.number, hand.buttonSeat, hand.blinds, hand.deck, hand.events,
                                                             hand.finishingStacks)
        }
        var description: String { "hand \(number): \(events.count) events, stacks \(stacks.map { "\($0)" } ?? "-")" }
    }

    /// A verdict, without its row id, time and game.
    struct Verdict: Equatable {
        let hand: Int?, seat: Int, personality: String, street: Street, action: String, amount: Chips?, verdict: String
        init(_ row: AnalysisRow) {
            (hand, seat, personality, street, action, amount, verdict) = (row.handNumber, row.seat, row.personality, row.street,
                                                                         row.actionTaken, row.amount, "\(row.verdict)")
        }
    }

    static func record(_ path: String, game: GameID) async throws -> ([HandFacts], [Verdict]) {
        let store = try GameStore(path: path, access: .readExisting)
        let hands = try await store.completeHands(game: game).map(HandFacts.init)
        let verdicts = try await store.analyses(game: game).map(Verdict.init)
        try await store.close()
        return (hands, verdicts)
    }

    @Test func everyExperimentGameIsPlayedAgainByHeadlessPlay() async throws {
        let home = try TestPaths.temporaryDirectory("pokerface-replay")
        defer { try? FileManager.default.removeItem(at: home) }
        let run = CleanRun(home: home)
        let file = home.appendingPathComponent("replay.toml")
        try Self.experiment.write(to: file, atomically: true, encoding: .utf8)
        let experimentDB = home.appendingPathComponent("experiment.sqlite").path
        let playDB = home.appendingPathComponent("play.sqlite").path
        let ran = try run(["experiment", "run", file.path, "--db", experimentDB])
        try #require(ran.status == 0, "\(ran.text)")

        let games = try Self.games(run, db: experimentDB)
        #expect(games.count == 3, "one game per seat rotation")
        #expect(Set(games.map(\.seed)).count == 1, "the rotations of a deal set share its seed")
        #expect(Set(games.map(\.personalities)).count == 3, "each rotation seats the entrants differently")
        for game in games {
            let seating = game.personalities.compactMap { $0 }
            try #require(seating.count == 3, "\(game.personalities)")
            let played = try run(["play", "--headless", "--seed", String(game.seed), "--seats", "3",
                                  "--opponents", seating.joined(separator: ","), "--hands", String(Self.hands),
                                  "--hands-per-level", "1", "--antes-from-level", "3", "--ante-style", "everyone",
                                  "--db", playDB])
            try #require(played.status == 0, "\(played.text)")
            let replay = try #require(try Self.games(run, db: playDB).first, "the headless game is the newest")
            #expect(replay.seed == game.seed && replay.personalities == game.personalities)
            let (expected, expectedVerdicts) = try await Self.record(experimentDB, game: game.id)
            let (actual, actualVerdicts) = try await Self.record(playDB, game: replay.id)
            #expect(expected.count == Self.hands, "\(expected)")
            #expect(expected.last?.blinds.ante ?? .zero > .zero, "antes were posted")
            #expect(actual == expected, "game \(game.id) seated \(seating)")
            #expect(!expectedVerdicts.isEmpty)
            #expect(actualVerdicts == expectedVerdicts, "game \(game.id): the same decisions get the same verdicts")
        }
    }

    @Test(arguments: [
        (["--opponents", "Blackbeard,Nobody"], "pokerface: --opponents names no character called 'Nobody' (see `pokerface personalities list`)"),
        (["--opponents", "Blackbeard,blackbeard"], "pokerface: --opponents names blackbeard twice; each character sits once"),
        (["--seats", "2", "--opponents", "Blackbeard,Merlin,Zeus"], "pokerface: --opponents names 3 characters but the table has 2 AI seats"),
        (["--antes-from-level", "-1"], "pokerface: --antes-from-level must be a level from 0 (the first) to 1000, or none, not '-1'"),
    ])
    func aSeatingThatCannotBeDealtIsOneSentence(arguments: [String], expected: String) throws {
        let home = try TestPaths.temporaryDirectory("pokerface-replay")
        defer { try? FileManager.default.removeItem(at: home) }
        let db = home.appendingPathComponent("db/x.sqlite").path
        let result = try CleanRun(home: home)(["play", "--headless", "--seed", "7"] + arguments + ["--db", db])
        #expect(result.status != 0)
        #expect(result.text.split(separator: "\n") == [Substring(expected)], "\(result.text)")
        #expect(!FileManager.default.fileExists(atPath: db), "nothing was created")
    }
}
