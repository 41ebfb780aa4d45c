import Foundation
import HandHistory
import PokerEngine
import PokerGame
import PokerStore
import PokerTestSupport
import Testing
@testable import PokerTUI

/// Imported PokerStars hands in the replay viewer: the hero's cards and the shown cards face
/// up, hands nobody saw face down, each street's pot and equities, the all-in equities.
@Suite struct ImportedReplayTests {
    static func importedStore() async throws -> (GameStore, [HandID]) {
        let path = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/pokerstars/features.txt").path
        let hands = try PokerStarsImporter.read(try String(contentsOfFile: path, encoding: .utf8), source: path).map { try $0.get() }
        let directory = TableFixtures.scratch.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try GameStore(path: directory.appendingPathComponent("db.sqlite").path)
        let summary = try await HandImport.store(hands, name: "fixtures", in: store)
        return (store, summary.hands)
    }

    static func replay(_ store: GameStore, _ id: HandID) async throws -> ReplayHand {
        let stored = try await store.hand(id)
        let saved = try await store.loadGame(stored.game)
        return try ReplayHand.make(stored: stored, seatNames: saved.setup.names, humanSeat: saved.setup.humanSeat,
                                   analyses: try await store.analyses(game: stored.game), captures: [])
    }

    @Test func theHeroSeesHisCardsTheStreetsPotsAndEquitiesButNeverAnUnseenHand() async throws {
        let (store, ids) = try await Self.importedStore()
        let replay = try await Self.replay(store, ids[0])
        #expect(replay.humanSeat == 2, "Hero sat in seat 3")
        #expect(replay.streets.map(\.street) == [.preflop, .flop, .turn])
        #expect(replay.streets.map(\.pot) == [15, 210, 450], "cents: the blinds, then 2.10 and 4.50")
        let flop = replay.streets[1]
        #expect(flop.shares.map(\.position) == [0, 3], "Hero and tiltmaster saw the flop")
        #expect(flop.shares.map(\.isKnown) == [true, false])
        #expect(abs(flop.shares.map(\.equity).reduce(0, +) - 1) < 0.001)
        #expect(flop.shares[0].equity > 0.6, "top pair, ace kicker against a random hand")
        var viewer = ReplayViewerState(hand: replay)
        viewer.frame = replay.frame(reaching: .flop)
        let screen = ReplayScreen.render(ReplayState(viewer: viewer), size: TerminalSize(width: 100, height: 30),
                                         capabilities: .full).textDump()
        #expect(screen.contains("[A♥][Q♦]"), "\(screen)")
        #expect(screen.contains("Flop · pot 210 · Hero"), "\(screen)")
        #expect(screen.contains("tiltmaster (unknown)"))
        // Opponents' stand-in cards never appear: only the hero's two cards and the board are face up.
        let faces = Set(screen.matches(of: /\[[2-9TJQKA][♠♥♦♣]\]/).map { String($0.output) })
        #expect(faces == ["[A♥]", "[Q♦]", "[Q♠]", "[7♥]", "[2♣]"], "\(screen)")
        #expect(screen.contains("[░░][░░]"), "tiltmaster's cards stay face down")
        // The hero's decisions carry the analyzer's verdicts.
        #expect(replay.steps.contains { $0.seat == 2 && $0.verdict != nil })
    }

    @Test func anAllInShowsTheEquitiesWhenTheCardsTurnedUp() async throws {
        let (store, ids) = try await Self.importedStore()
        let replay = try await Self.replay(store, ids[1])
        let allIn = try #require(replay.streets.first { $0.isAllIn })
        #expect(allIn.street == .preflop)
        #expect(allIn.pot == 3_285)
        #expect(allIn.shares.count == 3 && allIn.shares.allSatisfy(\.isKnown), "Foxtrot, Bravo and Hero are all-in and shown")
        #expect(abs(allIn.shares.map(\.equity).reduce(0, +) - 1) < 0.001)
        var viewer = ReplayViewerState(hand: replay)
        viewer.frame = replay.frames.count - 1
        let screen = ReplayScreen.render(ReplayState(viewer: viewer), size: TerminalSize(width: 100, height: 30),
                                         capabilities: .full).textDump()
        #expect(screen.contains("All-in, preflop · pot 3,285"), "\(screen)")
        #expect(screen.contains("[K♣][K♥]") && screen.contains("[A♠][J♠]") && screen.contains("[9♦][9♣]"))
    }

    @Test func importedTablesShowInTheStatsAndHUD() async throws {
        let (store, ids) = try await Self.importedStore()
        let game = try await store.hand(ids[2]).game
        let summary = try #require(try await store.games().first { $0.id == game })
        #expect(summary.handsPlayed == 2, "the two hands of table '3300002 1'")
        let data = try await AppEffects.stats(store: store, game: summary)
        let hero = try #require(data.hud.first { $0.name == "Hero" })
        #expect(hero.isHuman && hero.hands == 2)
        #expect(hero.vpip == 0.5, "folded 72o, then called an all-in")
        let kilo = try #require(data.hud.first { $0.name == "Kilo" })
        #expect(kilo.hands == 2 && kilo.wentToShowdown == 1)
    }
}
