import PokerEngine
import PokerGame
import Testing
@testable import PokerTUI

/// Snapshots of the table screen (text dumps; one styled dump). Re-record with
/// `RECORD_SNAPSHOTS=1 swift test --filter PokerTUITests` and review the diff.
@Suite struct TableRenderTests {
    static let small = TerminalSize(width: 80, height: 24)
    static let large = TerminalSize(width: 160, height: 50)

    /// Six seats, the human to act before the flop (seed 7: a limp in front).
    static func preflop() async throws -> TableDriver {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 6, seed: 7)))
        await driver.begin()
        return driver
    }

    @Test func preflopAt80x24() async throws {
        let driver = try await Self.preflop()
        let screen = driver.screen(Self.small)
        #expect(screen.contains("[J♦][T♥]"), "the human's cards are face up")
        #expect(screen.contains("[░░][░░]"), "the others' are backs")
        #expect(screen.contains("c call 50"), "Chef Gustave Brûlé opened to 50")
        assertSnapshot(screen, named: "table-preflop-80x24")
        let styled = TableScreen.render(driver.state, size: Self.small, capabilities: .full)
        assertSnapshot(styled.styledDump(), named: "table-preflop-80x24.styles")
    }

    @Test func preflopAt160x50() async throws {
        let driver = try await Self.preflop()
        let screen = driver.screen(Self.large)
        #expect(screen.contains("HUD"))
        assertSnapshot(screen, named: "table-preflop-160x50")
    }

    @Test func asciiWithoutColour() async throws {
        let driver = try await Self.preflop()
        let screen = driver.screen(Self.small, capabilities: .plain)
        #expect(screen.contains("[Jd][Th]"))
        let nonASCII = screen.unicodeScalars.filter { !$0.isASCII }
        #expect(nonASCII.isEmpty, "an ASCII terminal gets ASCII only:\n\(screen)")
        assertSnapshot(screen, named: "table-preflop-80x24-ascii")
    }

    /// Seed 1: an AI raises to 50 before the human acts.
    @Test func facingARaise() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 6, seed: 1)))
        await driver.begin()
        let legal = try #require(driver.state.humanLegal)
        #expect(legal.currentBet == Chips(50))
        let screen = driver.screen(Self.small)
        #expect(screen.contains("raise to 50"))
        assertSnapshot(screen, named: "table-facing-raise-80x24")
        await driver.press(.character("r"))
        let box = driver.screen(Self.small)
        #expect(box.contains("Raise to: 80"))
        #expect(box.contains("min 80 · max 1,500 (all-in)"))
        assertSnapshot(box, named: "table-raise-box-80x24")
    }

    /// Five seats with uneven stacks; the human shoves and everyone calls: four pots, three
    /// winners (seed 12), shown after the paced run-out.
    @Test func sidePotsAtShowdown() async throws {
        let game = try TableFixtures.withStacks(try TableFixtures.game(seats: 5, seed: 12), [1500, 300, 700, 1100, 2400])
        var driver = TableDriver(TableFixtures.table(game, size: TerminalSize(width: 100, height: 30)))
        driver.script = TableDriver.callingStation
        await driver.begin()
        await driver.press(.character("a"), .character("a"))
        #expect(driver.state.phase == .handOver)
        let screen = driver.screen()
        #expect(screen.contains("Main pot 1,500"))
        #expect(screen.contains("Side pot 1"))
        #expect(screen.contains("Side pot 3"))
        assertSnapshot(screen, named: "table-side-pots-100x30")
    }

    @Test func headsUp() async throws {
        var driver = TableDriver(TableFixtures.table(try TableFixtures.game(seats: 2, seed: 3)))
        await driver.begin()
        let screen = driver.screen(Self.small)
        assertSnapshot(screen, named: "table-heads-up-80x24")
    }

    @Test func helpOverlayListsTheTableKeys() async throws {
        var driver = try await Self.preflop()
        await driver.press(.character("?"))
        let screen = driver.screen(Self.small)
        for text in ["fold", "check, or call", "bet or raise", "all-in", "talk at the table", "scroll the log back", "deal the next hand",
                     "leave the table", "early: check/fold", "early: check", "early: call any", "early: fold to any bet",
                     "show your cards", "stacks in big blinds", "tournament panel", "the previous hand", "notes on a player",
                     "pause / resume", "abandon the game"] {
            #expect(screen.contains(text), "help lacks \(text)")
        }
        // Every row of the key table fits at 80×24 (two columns), with its keys.
        for row in TableScreen.bindings.helpRows {
            #expect(screen.contains(row.keys + "  "), "help lacks the keys \(row.keys):\n\(screen)")
        }
        #expect(!screen.contains("more"), "nothing is cut")
        assertSnapshot(screen, named: "table-help-80x24")
        await driver.press(.character("x"))
        #expect(driver.state.overlay == nil)
    }

    /// `?` in the raise box lists every raise-box key (sizes and nudges included), nothing cut.
    @Test func theRaiseBoxHelpListsItsKeys() async throws {
        var driver = try await Self.preflop()
        await driver.press(.character("r"), .character("?"))
        let screen = driver.screen(Self.small)
        #expect(screen.contains("Raise box keys"), "\(screen)")
        for row in TableScreen.raiseBindings.helpRows {
            #expect(screen.contains(row.keys + "  ") && screen.contains(row.help), "help lacks \(row.keys):\n\(screen)")
        }
        #expect(!screen.contains(try Regex("\u{2026} [0-9]+ more")), "nothing is cut")
        assertSnapshot(screen, named: "table-raise-help-80x24")
        await driver.press(.character("x"))
        #expect(driver.state.overlay == nil)
        let open = if case .raise = driver.state.entry { true } else { false }
        #expect(open, "the raise box is still open")
    }

    /// Every seat count fits 80×24: no two seats overlap and none leaves the table area.
    @Test(arguments: 2...10) func seatsNeverOverlap(seats: Int) {
        for size in [Self.small, TerminalSize(width: 100, height: 30), TerminalSize(width: 120, height: 40), Self.large] {
            let layout = TableLayout(size: size, seatCount: seats, anchorSeat: 0)
            for (index, rect) in layout.seats.enumerated() {
                #expect(rect.x >= layout.table.x && rect.maxX <= layout.table.maxX && rect.y >= layout.table.y
                        && rect.maxY <= layout.table.maxY, "seat \(index) of \(seats) leaves the table at \(size)")
                #expect(!overlaps(rect, layout.felt), "seat \(index) covers the felt")
                for other in layout.seats[(index + 1)...] {
                    #expect(!overlaps(rect, other), "seats overlap at \(size) with \(seats) seats")
                }
            }
        }
    }

    /// The human's hand strength ("Queen high · flush draw") may run on to the right of the seat,
    /// but only over empty table: never into another seat or the felt, never off the table.
    @Test(arguments: 2...9) func theHandStrengthRunsOnOnlyOverEmptyTable(seats: Int) {
        for size in [Self.small, TerminalSize(width: 100, height: 30), TerminalSize(width: 120, height: 40)] {
            let layout = TableLayout(size: size, seatCount: seats, anchorSeat: 0)
            let human = layout.seats[0]
            let end = TableScene.freeMaxX(rightOf: human, in: layout)
            #expect(end >= human.maxX && end <= layout.table.maxX, "\(seats) seats at \(size)")
            let line = Rect(x: human.x, y: human.y + 3, width: end - human.x, height: 1)
            for (index, other) in (layout.seats.dropFirst() + [layout.felt]).enumerated() {
                #expect(!overlaps(line, other), "\(seats) seats at \(size): the line runs into \(index)")
            }
        }
    }

    func overlaps(_ a: Rect, _ b: Rect) -> Bool {
        a.x < b.maxX && b.x < a.maxX && a.y < b.maxY && b.y < a.maxY
    }
}
