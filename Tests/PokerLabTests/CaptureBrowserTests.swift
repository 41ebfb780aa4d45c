import Foundation
import PokerAI
import PokerGame
import PokerStore
import PokerTestSupport
import Testing

/// The capture browser's filters, against a game played by LLM seats on the fake server.
@Suite struct CaptureBrowserTests {
    func everything(_ store: GameStore, _ change: (inout CaptureFilter) -> Void = { _ in }) async throws -> CapturePage {
        var filter = CaptureFilter()
        filter.limit = 10_000
        change(&filter)
        return try await store.browseCaptures(filter)
    }

    @Test func theRecordedGameHasCapturesWithInputsVerdictsAndProblems() async throws {
        let dir = try TestPaths.temporaryDirectory("pokerlab")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (store, game, _) = try await SharedLabDatabase.shared.copy(into: dir)
        let all = try await everything(store)
        #expect(all.total > 40)
        #expect(all.captures.count == all.total)
        #expect(all.captures.map(\.id.rawValue) == all.captures.map(\.id.rawValue).sorted(by: >), "newest first")
        #expect(all.captures.allSatisfy { $0.game == game && $0.street != nil && $0.action != nil && $0.verdict != nil })
        let rows = try await store.decisionCaptures(game: game)
        #expect(rows.count == all.total)
        #expect(rows.allSatisfy { $0.requestJSON != nil && $0.decisionIndex != nil && $0.decisionKey != nil })
        let kinds = Set(all.captures.flatMap(\.errorTypes))
        #expect(kinds.isSuperset(of: ["parse", "illegal", "fallback"]), "\(kinds)")
        // Every capture's inputs rebuild exactly the prompt that was sent.
        for row in rows.prefix(12) {
            let inputs = try CapturedRequest.decode(try #require(row.requestJSON))
            let slug = try #require(row.personality)
            let personality = try #require(LabGame.library.entry(named: slug)).personality
            let player = LLMPlayer(personality: personality, slug: "", client: .init(), config: .init(provider: .offline))
            let prompt = player.prompt(for: inputs.request())
            #expect(prompt.system == row.systemPrompt)
            #expect(prompt.user == row.userMessage)
        }
    }

    @Test func eachFilterKeepsExactlyTheMatchingCaptures() async throws {
        let dir = try TestPaths.temporaryDirectory("pokerlab")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (store, game, _) = try await SharedLabDatabase.shared.copy(into: dir)
        let all = try await everything(store).captures
        func check(_ name: String, _ change: (inout CaptureFilter) -> Void, _ expected: (CaptureSummary) -> Bool) async throws {
            let got = try await everything(store, change).captures.map(\.id)
            let want = all.filter(expected).map(\.id)
            #expect(got == want, "\(name)")
            #expect(!want.isEmpty, "\(name) matches something in the recorded game")
        }
        let someone = try #require(all.first?.personality)
        try await check("game", { $0.game = game }, { _ in true })
        try await check("personality", { $0.personality = someone }, { $0.personality == someone })
        try await check("street", { $0.street = "flop" }, { $0.street == "flop" })
        try await check("action", { $0.action = "fold" }, { $0.action == "fold" })
        try await check("verdict", { $0.verdict = .mistake }, { $0.verdict == "mistake" })
        try await check("label", { $0.labels = ["verdict:correct"] }, { $0.labels.contains("verdict:correct") })
        try await check("parse errors", { $0.errorType = "parse" }, { $0.errorTypes.contains("parse") })
        try await check("illegal answers", { $0.errorType = "illegal" }, { $0.errorTypes.contains("illegal") })
        try await check("fallbacks", { $0.errorType = "fallback" }, { $0.errorTypes.contains("fallback") })
        try await check("any problem", { $0.errorType = "any" }, { !$0.errorTypes.isEmpty })
        try await check("pot odds", { $0.potOdds = 0.2...0.35 }, { ($0.potOdds ?? -1) >= 0.2 && ($0.potOdds ?? -1) <= 0.35 })
        try await check("stack", { $0.stackBB = 140...150 }, { ($0.stackBB ?? -1) >= 140 && ($0.stackBB ?? -1) <= 150 })
        try await check("model", { $0.model = "local/\(LabGame.model)" }, { _ in true })
        try await check("combined", { $0.street = "preflop"; $0.verdict = .correct; $0.errorType = "any" },
                        { $0.street == "preflop" && $0.verdict == "correct" && !$0.errorTypes.isEmpty })
        #expect(try await everything(store) { $0.model = "someone/else" }.total == 0)
        #expect(try await everything(store) { $0.kind = .reruns }.total == 0)
        #expect(try await everything(store) { $0.game = GameID(999) }.total == 0)
    }

    @Test func pagesFollowEachOtherNewestFirst() async throws {
        let dir = try TestPaths.temporaryDirectory("pokerlab")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (store, _, _) = try await SharedLabDatabase.shared.copy(into: dir)
        let all = try await everything(store).captures.map(\.id)
        var seen: [CaptureID] = []
        var filter = CaptureFilter()
        filter.limit = 7
        while true {
            let page = try await store.browseCaptures(filter)
            #expect(page.total == all.count)
            if page.captures.isEmpty { break }
            seen += page.captures.map(\.id)
            filter.offset += filter.limit
        }
        #expect(seen == all)
        filter.offset = 7
        let text = try await store.browseCaptures(filter).text
        #expect(text.contains("Showing 8–14 of \(all.count), newest first. Next page: --offset 14"))
    }

    @Test func labelsAreAddedRemovedCountedAndSearched() async throws {
        let dir = try TestPaths.temporaryDirectory("pokerlab")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (store, _, _) = try await SharedLabDatabase.shared.copy(into: dir)
        let mistakes = try await everything(store) { $0.verdict = .mistake }.captures.map(\.id)
        try #require(mistakes.count >= 2)
        for id in mistakes.prefix(2) { try await store.addLabel(capture: id, label: "batman-folds") }
        try await store.addLabel(capture: mistakes[0], label: "look-later")
        let counts = try await store.labelCounts()
        let mine = try #require(counts.first { $0.label == "batman-folds" })
        #expect(mine.captures == 2 && mine.byUser == 2)
        #expect(counts.first { $0.label == "look-later" }?.captures == 1)
        let auto = try #require(counts.first { $0.label == "verdict:mistake" })
        #expect(auto.captures == mistakes.count && auto.byUser == 0)
        #expect(try await everything(store) { $0.labels = ["batman-folds"] }.captures.map(\.id) == Array(mistakes.prefix(2)))
        #expect(try await everything(store) { $0.labels = ["batman-folds", "look-later"] }.captures.map(\.id) == [mistakes[0]])
        #expect(try await store.removeLabel(capture: mistakes[0], label: "batman-folds"))
        #expect(try await everything(store) { $0.labels = ["batman-folds"] }.captures.map(\.id) == [mistakes[1]])
    }
}
