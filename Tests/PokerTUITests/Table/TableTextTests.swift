import PokerAI
import PokerEngine
import PokerGame
import PokerStore
import Testing
@testable import PokerTUI

/// The words on screen: the order of the log, the names of blinds and antes, cut text, replays.
@Suite struct TableTextTests {
    /// Defect: the level-up line came after the deal of the hand it starts.
    @Test func aLevelUpIsLoggedBeforeTheHandItStarts() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 3, seed: 4, stack: 100_000)))
        driver.script = { _ in .fold }
        await driver.begin()
        while driver.state.game.value.match.handsPlayed < 7 {
            while driver.state.phase == .inHand { await driver.press(.character("f"), .character("c")) }
            await driver.press(.character(" "))
        }
        let lines = driver.state.log.entries.map(\.plainText)
        let level = try #require(lines.firstIndex { $0.hasPrefix("Level 2: blinds 15/30") }, "\(lines)")
        let banner = try #require(lines.firstIndex { $0.hasPrefix("Hand 7 ·") })
        #expect(level == banner - 1, "the level-up comes right before the hand banner:\n\(lines.suffix(12))")
        #expect(driver.state.notices.contains("Level 2: blinds 15/30"))
    }

    @Test func aBigBlindAnteIsNamedSo() {
        let level = BlindLevel(smallBlind: 250, bigBlind: 510, ante: 510)
        #expect(Format.blinds(level, anteStyle: .bigBlind) == "250/510 BB ante 510")
        #expect(Format.blinds(level, anteStyle: .everyone) == "250/510 ante 510")
        #expect(Format.blinds(BlindLevel(smallBlind: 10, bigBlind: 20), anteStyle: .bigBlind) == "10/20")
    }

    /// Defect: `Two pair, Fours and De` — text cut at the edge of a panel now ends in `…`.
    @Test func textCutShortEndsInAnEllipsis() {
        var buffer = ScreenBuffer(width: 20, height: 2)
        buffer.write(spans: [.text("Two pair, Fours and ", .dim), .text("Deuces", .dim)], at: (0, 0), capabilities: .full)
        buffer.write(spans: [.text("Pair of Kings", .dim)], at: (0, 1), capabilities: .full)
        #expect(buffer.textDump() == "Two pair, Fours and…\nPair of Kings")
        var ascii = ScreenBuffer(width: 10, height: 1)
        ascii.write(spans: [.plain("abcdefghijkl")], at: (0, 0), capabilities: .plain)
        #expect(ascii.textDump() == "abcdefghi.")
    }

    /// Defect: the replay said "You calls 30" and "You bets 55".
    @Test func replayLinesAddressTheHumanAsYou() {
        #expect(ReplayHand.describe(.called(player: 0, amount: 30, allIn: false), name: "You") == "You call 30")
        #expect(ReplayHand.describe(.betOrRaised(player: 0, to: 55, added: 55, allIn: false, opening: true), name: "You") == "You bet 55")
        #expect(ReplayHand.describe(.betOrRaised(player: 1, to: 90, added: 90, allIn: true, opening: false), name: "Ada")
                == "Ada raises to 90 (all-in)")
        #expect(ReplayHand.describe(.folded(player: 2), name: "Bo") == "Bo folds")
    }

    /// Defect: "correct · best: call" for a raise.
    @Test func aCorrectMoveNamesNoBetterOne() {
        let correct = AnalysisRow(seat: 1, personality: "ada", street: .flop, actionTaken: "raise", equityVsRanges: 0.62,
                                  optimalAction: "call", verdict: .correct)
        #expect(ReplayHand.verdict(correct) == "correct · equity 62%")
        let mistake = AnalysisRow(seat: 1, personality: "ada", street: .flop, actionTaken: "fold", equityVsRanges: 0.31,
                                  requiredEquity: 0.2, optimalAction: "call", verdict: .mistake, evLostBB: 2.3)
        #expect(ReplayHand.verdict(mistake) == "mistake · best: call · 2.3 bb lost · equity 31% (needs 20%)")
    }

    /// Defect: the replay repeated the current action and put a preflop call under "flop".
    @Test func theReplayShowsEachActionOnceUnderItsOwnStreet() async throws {
        let (store, game, _) = try await TableFixtures.storeWithGame()
        let saved = try await store.loadGame(game)
        for summary in try await store.hands(game: game) where summary.board.count >= 3 {
            let replay = try ReplayHand.make(stored: try await store.hand(summary.id), seatNames: saved.setup.names, humanSeat: 0,
                                             analyses: [], captures: [])
            // The decision that closes the preflop (the flop is dealt right after it).
            guard let closing = replay.steps.indices.first(where: { replay.frames[$0 + 1].board.count >= 3 }) else { continue }
            let screen = ReplayScreen.render(ReplayState(viewer: ReplayViewerState(hand: replay, frame: closing + 1)),
                                             size: TerminalSize(width: 80, height: 24), capabilities: .full).textDump()
            #expect(replay.steps[closing].street == .preflop)
            #expect(screen.split(separator: "\n").first?.hasSuffix("· preflop") == true, "\(screen)")
            let text = replay.steps[closing].text
            #expect(screen.components(separatedBy: text).count - 1 == 1, "'\(text)' once:\n\(screen)")
            return
        }
        Issue.record("no stored hand reached the flop")
    }
}
