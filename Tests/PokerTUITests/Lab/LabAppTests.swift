import Foundation
import PokerStore
import Testing
@testable import PokerTUI

/// The AI lab in the app: from the main menu to the capture browser (filters, pages, a capture's
/// detail, back) and to the usage report, through `PokerApp.update`/`render` on a database filled
/// with the store's recording API.
@Suite struct LabAppTests {
    /// The shared lab database (recorded once; these tests only read it).
    static let database = Task { try await LabFixtures.store() }

    @Test func theMenuOffersTheLabAndTheUsageReport() async throws {
        let driver = try await LabDriver.onMenu(store: try await Self.database.value)
        #expect(driver.screen.contains("l  AI lab (captures and verdicts)"))
        #expect(driver.screen.contains("u  LLM usage and cost"))
        var help = driver
        try await help.press(.character("?"))
        #expect(help.screen.contains("AI lab: captured decisions and verdicts"))
    }

    @Test func theCaptureBrowserFiltersPagesAndShowsACapture() async throws {
        var app = try await LabDriver.onMenu(store: try await Self.database.value)
        try await app.press(.character("l"))
        var screen = app.screen
        #expect(screen.contains("AI lab · captured decisions"))
        #expect(screen.contains("1–50 of 55"), "\(screen)")
        #expect(screen.contains("55    19   gadfly-philosopher"), "newest first:\n\(screen)")
        assertSnapshot(screen, named: "lab-captures-80x24")

        // ? shows the keys from the browser's own table; any key closes it.
        try await app.press(.character("?"))
        #expect(app.screen.contains("AI lab keys") && app.screen.contains("verdict: any, mistake, marginal, correct"))
        try await app.press(.character("x"))
        #expect(!app.screen.contains("AI lab keys"))

        // Pages: → the last five, ← back.
        try await app.press(.right)
        #expect(app.screen.contains("51–55 of 55"))
        #expect(app.browser?.page?.captures.map(\.id.rawValue) == [5, 4, 3, 2, 1])
        try await app.press(.left)
        #expect(app.screen.contains("1–50 of 55"))

        // v: mistakes only; s: on the preflop; v v v s s s s: every capture again.
        try await app.press(.character("v"))
        #expect(app.screen.contains("v verdict mistake") && app.screen.contains("1–11 of 11"))
        #expect(app.browser?.page?.captures.allSatisfy { $0.verdict == "mistake" } == true)
        try await app.press(.character("s"))
        #expect(app.screen.contains("s street preflop") && app.screen.contains("1–4 of 4"))
        try await app.press(.character("e"))
        #expect(app.screen.contains("No captures match these filters."), "\(app.screen)")
        try await app.press(.character("e"), .character("e"), .character("e"), .character("e"), .character("e"))
        try await app.press(.character("v"), .character("v"), .character("v"))
        try await app.press(.character("s"), .character("s"), .character("s"), .character("s"))
        #expect(app.screen.contains("1–50 of 55"))

        // ↓ past the rows on screen keeps the selection in view.
        for _ in 0..<25 { try await app.press(.down) }
        #expect(app.browser?.selected == 25)
        #expect(app.screen.split(separator: "\n").contains { $0.contains("30    10   pirate-captain") }, "\(app.screen)")
        for _ in 0..<25 { try await app.press(.up) }

        // Enter: the newest capture, as `pokerface debug show` prints it.
        try await app.press(.enter)
        screen = app.screen
        #expect(screen.contains("Capture 55 · hand 19 · decision 1 · gadfly-philosopher (seat 2)"), "\(screen)")
        #expect(screen.contains("VERDICT  mistake — fold, best by the numbers: call"))
        #expect(screen.contains("PgUp/PgDn page"))
        assertSnapshot(screen, named: "lab-capture-detail-80x24")
        let detail = try #require(app.browser?.detail).joined(separator: "\n")
        for section in ["SPOT", "PSYCHOLOGY", "USAGE  1 call", "$0.000723", "SYSTEM PROMPT", "USER MESSAGE", "RAW ANSWER"] {
            #expect(detail.contains(section), "the detail has \(section)")
        }

        // Scrolling to the end shows the prompt and the model's answer, with its escape
        // sequences made harmless.
        var pages: [String] = [screen]
        for _ in 0..<12 {
            try await app.press(.pageDown)
            pages.append(app.screen)
        }
        let all = pages.joined(separator: "\n")
        #expect(all.contains("PSYCHOLOGY") && all.contains("SYSTEM PROMPT") && all.contains("RAW ANSWER"))
        #expect(all.contains("You are gadfly-philosopher, a player") && all.contains("inner_monologue."),
                "a long line is wrapped, not cut")
        #expect(all.contains("alert"))
        #expect(!all.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no control character reaches the screen")

        // Esc closes the capture, b goes back to the menu.
        try await app.press(.escape)
        #expect(app.screen.contains("AI lab · captured decisions"))
        try await app.press(.character("b"))
        #expect(app.screen.contains("P O K E R F A C E"))
        #expect(!app.quit)
    }

    @Test func theUsageReportShowsTotalsByGrouping() async throws {
        var app = try await LabDriver.onMenu(store: try await Self.database.value)
        try await app.press(.character("u"))
        var screen = app.screen
        #expect(screen.contains("AI lab · LLM usage by model"))
        let total = try #require(screen.split(separator: "\n").first { $0.contains("total") }, "\(screen)")
        #expect(total.contains("65") && total.contains("$0.0454*") && total.contains("12%"), "\(total)")
        #expect(screen.contains("openai/gpt-5.4-mini") && screen.contains("local/lab-model"))
        #expect(screen.contains("* 2 calls of models without a known price are not in the cost"))
        assertSnapshot(screen, named: "lab-usage-80x24")

        try await app.press(.tab)
        screen = app.screen
        #expect(screen.contains("LLM usage by personality") && screen.contains("gadfly-philosopher") && screen.contains("(none)"))
        try await app.press(.character("?"))
        #expect(app.screen.contains("Usage keys") && app.screen.contains("previous grouping"))
        try await app.press(.character(" "))
        try await app.press(.escape)
        #expect(app.screen.contains("P O K E R F A C E"))
        try await app.press(.character("u"), .character("q"))
        #expect(app.quit, "q quits from the lab screens too")
    }

    @Test func aPageForAFilterNoLongerShownIsDropped() async throws {
        let store = try await Self.database.value
        var app = try await LabDriver.onMenu(store: store)
        let commands = PokerApp.update(&app.state, AppMsg(at: TableFixtures.start, .key(.character("l"))))
        guard case let .loadCaptures(first)? = commands.first else {
            Issue.record("no load: \(commands)")
            return
        }
        // v before the first page arrives: the first page is stale.
        let next = PokerApp.update(&app.state, AppMsg(at: TableFixtures.start, .key(.character("v"))))
        _ = PokerApp.update(&app.state, AppMsg(at: TableFixtures.start, .capturePage(try await store.browseCaptures(first), filter: first)))
        #expect(app.browser?.page == nil)
        try await app.run(next)
        #expect(app.browser?.page?.total == 11)
        // A failed query is one sentence on the screen.
        try await app.send(.captures(.failed("The database is locked.")))
        #expect(app.screen.contains("The database is locked."))
    }
}
